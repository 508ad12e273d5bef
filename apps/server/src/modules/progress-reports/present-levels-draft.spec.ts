import * as Y from 'yjs';
import { addGoal, readStructure, type GoalRecord } from '@iep/shared';
import { presentLevelsParagraphs } from './present-levels-draft';
import type { StoredPoint } from './progress-narrative';

/** Two goals as the OT writes them: phrases in lower case, one closed with a full stop already. */
function twoGoals(): GoalRecord[] {
  const doc = new Y.Doc();
  addGoal(doc, {
    area: 'fine_motor',
    baseline: 'copies a sentence legibly in 1 of 5 trials',
    behavior: 'copies a 5-word sentence legibly',
    criterion: 'in 4 of 5 trials',
  });
  addGoal(doc, { area: 'sensory_processing', behavior: 'está en calma durante la asamblea.  ' });
  return readStructure(doc).structure.goals;
}

const period = { start: '2025-12-01', end: '2026-11-30' };
const delivery = { delivered: 30, minutes: 900, missed: 2, owed: 1 };
const point = (goalId: string, date: string, percentage: number): StoredPoint => ({
  goalId,
  date: new Date(`${date}T00:00:00Z`),
  kind: 'trials',
  percentage,
  level: null,
  seconds: null,
});

/** Every sentence of a paragraph starts with a capital letter and the paragraph ends with a full stop. */
function expectSentences(paragraph: string): void {
  expect(paragraph).toMatch(/\.$/);
  for (const sentence of paragraph.split(/(?<=[.!?]) +/)) expect(sentence).toMatch(/^\p{Lu}/u);
}

describe('the present levels drafted from the year’s data', () => {
  it('heads each goal with its number and its words as a capitalised sentence, in English and Spanish', () => {
    const goals = twoGoals();
    const [first] = goals;
    const points = [point(first?.id ?? '', '2026-03-02', 40), point(first?.id ?? '', '2026-10-05', 80)];

    const en = presentLevelsParagraphs(period, delivery, goals, points, 'en');
    expect(en).toHaveLength(3);
    expect(en[1]).toBe(
      'Goal 1: Copies a 5-word sentence legibly. Between December 1, 2025 and November 30, 2026, 2 measurements were taken. ' +
        'The first was 40% on March 2, 2026; the most recent was 80% on October 5, 2026. ' +
        'Over the period the results went up. The most recent result meets the goal (80%).',
    );
    expect(en[2]).toBe(
      'Goal 2: Está en calma durante la asamblea. No data was recorded toward this goal between December 1, 2025 and November 30, 2026.',
    );
    en.forEach(expectSentences);

    const es = presentLevelsParagraphs(period, delivery, goals, points, 'es');
    expect(es[1]).toMatch(/^Meta 1: Copies a 5-word sentence legibly\. Se tomaron 2 mediciones entre el /);
    expect(es[2]).toMatch(/^Meta 2: Está en calma durante la asamblea\. No se registraron datos /);
    es.forEach(expectSentences);
  });

  it('names a goal without words by its number alone', () => {
    const doc = new Y.Doc();
    addGoal(doc, { area: 'fine_motor' });
    const [paragraph] = presentLevelsParagraphs(period, delivery, readStructure(doc).structure.goals, [], 'en').slice(
      1,
    );
    expect(paragraph).toMatch(/^Goal 1\. No data was recorded/);
  });
});
