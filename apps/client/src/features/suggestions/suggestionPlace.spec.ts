import i18next from 'i18next';
import * as Y from 'yjs';
import { addGoal, removeRecord } from '@iep/shared';
import en from '../../i18n/en.json';
import es from '../../i18n/es.json';
import { goalNumbers, goalOrder, suggestionPlace } from './suggestionPlace';

async function translator(lng: 'en' | 'es') {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { en: { translation: en }, es: { translation: es } } });
  return instance.t;
}

describe('where a suggestion is, in words', () => {
  it('names a part, or a goal’s description by the goal’s number as its card shows it', async () => {
    const doc = new Y.Doc();
    const first = addGoal(doc);
    const second = addGoal(doc);
    const third = addGoal(doc);
    removeRecord(doc, 'goals', first, { at: '2026-12-02T05:00:00.000Z', by: { id: 'u-ot', name: 'Olive OT' } });
    const numbers = goalNumbers(goalOrder(doc));
    const t = await translator('en');
    expect(suggestionPlace('presentLevels', numbers, t)).toBe('Present levels');
    expect(suggestionPlace(`goals/${third}/description`, numbers, t)).toBe('Goal 2 · description');
    expect(suggestionPlace(`goals/${first}/description`, numbers, t)).toBe('A goal no longer in the plan');
    expect(suggestionPlace(`goals/${second}/description`, numbers, await translator('es'))).toBe(
      'Meta 1 · descripción',
    );
  });
});
