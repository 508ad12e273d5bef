import * as Y from 'yjs';
import { addGoal, goalMeasurability, loadGoalBank, readStructure } from '@iep/shared';
import { goalBankResults, goalInitFromTemplate } from './goalInit';
import { uiLocale } from './uiLocale';

const pencil = loadGoalBank().find((t) => t.id === 'fm-pencil-grasp');

describe('goal bank helpers', () => {
  it('maps an instantiated template to addGoal init, blanks marked, in the locale', () => {
    if (!pencil) throw new Error('missing template');
    const init = goalInitFromTemplate(pencil, 'es');
    expect(init.area).toBe('fine_motor');
    expect(init.baseline).toContain('[[student]]');
    expect(init.criterion).toBe(pencil.es.criterion);
    expect(init.objectives).toHaveLength(pencil.es.objectives.length);
    expect(Object.keys(init)).not.toContain('blanks');
  });

  it('inserts a goal the measurability check reports as having blanks', () => {
    if (!pencil) throw new Error('missing template');
    const doc = new Y.Doc();
    addGoal(doc, goalInitFromTemplate(pencil, 'en'));
    const goal = readStructure(doc).structure.goals[0];
    expect(goal?.criterion).toBe(pencil.en.criterion);
    if (!goal) throw new Error('no goal');
    expect(goalMeasurability(goal).reasons).toContain('unfilled_blank');
  });

  it('searches in the UI language with an optional area', () => {
    expect(goalBankResults('tijeras', null, 'es').map((t) => t.id)).toContain('fm-scissor-cutting');
    expect(goalBankResults('tijeras', null, 'en')).toEqual([]);
    expect(goalBankResults('', 'self_care', 'en').every((t) => t.area === 'self_care')).toBe(true);
    expect(goalBankResults('', 'nonsense', 'en')).toHaveLength(loadGoalBank().length);
  });

  it('picks the content language from the UI language', () => {
    expect(uiLocale('es')).toBe('es');
    expect(uiLocale('es-MX')).toBe('es');
    expect(uiLocale('en')).toBe('en');
    expect(uiLocale(undefined)).toBe('en');
  });
});
