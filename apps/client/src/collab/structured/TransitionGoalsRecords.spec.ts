import * as Y from 'yjs';
import { readStructure } from '@iep/shared';
import { moveInList, removeRecord } from './AccommodationsRecords';
import { addTransitionGoal, transitionAge } from './TransitionGoalsRecords';

describe('transition goal records', () => {
  it('adds goals with an area (or none) and a Y.Text goal, read back in order', () => {
    const doc = new Y.Doc();
    const a = addTransitionGoal(doc, 'employment', 'Works 10 hours a week');
    const b = addTransitionGoal(doc);
    expect((doc.getMap<unknown>('transitionGoals').get(a) as Y.Map<unknown>).get('goal')).toBeInstanceOf(Y.Text);
    const { structure, issues } = readStructure(doc);
    expect(issues).toEqual([]);
    expect(structure.transitionGoals).toEqual([
      { id: a, position: 1, area: 'employment', goal: 'Works 10 hours a week' },
      { id: b, position: 2, area: null, goal: '' },
    ]);
  });

  it('moves and removes', () => {
    const doc = new Y.Doc();
    const a = addTransitionGoal(doc, 'education');
    const b = addTransitionGoal(doc, 'independent_living');
    moveInList(doc, 'transitionGoals', readStructure(doc).structure.transitionGoals, 1, 'up');
    expect(readStructure(doc).structure.transitionGoals.map((g) => g.id)).toEqual([b, a]);
    removeRecord(doc, 'transitionGoals', b);
    expect(readStructure(doc).structure.transitionGoals.map((g) => g.id)).toEqual([a]);
  });

  it('counts the age on the meeting date, or today without one', () => {
    expect(transitionAge('2012-12-01', '2026-12-01', '2026-01-01')).toBe(14);
    expect(transitionAge('2012-12-02', '2026-12-01', '2026-01-01')).toBe(13);
    expect(transitionAge('2012-12-01', null, '2027-01-01')).toBe(14);
    expect(transitionAge(null, '2026-12-01', '2026-01-01')).toBeNull();
  });
});
