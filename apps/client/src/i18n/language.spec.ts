import { isLocale, pickLanguage } from './language';

describe('pickLanguage', () => {
  it('prefers the stored choice', () => {
    expect(pickLanguage('es', ['en-US'])).toBe('es');
    expect(pickLanguage('en', ['es-MX'])).toBe('en');
  });

  it('falls back to the first supported browser language, then English', () => {
    expect(pickLanguage(null, ['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(pickLanguage('klingon', ['de'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
  });

  it('knows the supported locales', () => {
    expect(isLocale('es')).toBe(true);
    expect(isLocale('es-MX')).toBe(false);
    expect(isLocale(3)).toBe(false);
  });
});
