import i18next from 'i18next';
import en from '../../i18n/en.json';
import es from '../../i18n/es.json';
import { versionName } from './versionName';

async function translator(lng: 'en' | 'es') {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { en: { translation: en }, es: { translation: es } } });
  return instance.t;
}

describe('versionName', () => {
  it('names a workflow step’s version by its reason in the reader’s language, never the stored English', async () => {
    const frozen = { name: 'Frozen for sign-off', reason: 'request_signoff' };
    expect(versionName(frozen, await translator('es'))).toBe('Congelada para las firmas');
    expect(versionName(frozen, await translator('en'))).toBe('Frozen for sign-off');
    expect(versionName({ name: 'Meeting ended', reason: 'meeting_ended' }, await translator('es'))).toBe(
      'Reunión terminada',
    );
  });

  it('keeps the typed name of a version saved by hand, and the stored name for an unknown reason', async () => {
    const t = await translator('es');
    expect(versionName({ name: 'Antes de la reunión', reason: 'manual' }, t)).toBe('Antes de la reunión');
    expect(versionName({ name: 'Imported', reason: 'imported_from_sis' }, t)).toBe('Imported');
  });
});
