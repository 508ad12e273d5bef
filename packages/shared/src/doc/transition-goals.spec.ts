import * as Y from 'yjs';
import { moveInList } from './records';
import { removeRecord } from './removal';
import { readStructure } from './structure';
import { addTransitionGoal } from './transition-goals';

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
    removeRecord(doc, 'transitionGoals', b, {
      at: '2026-12-01T10:00:00.000Z',
      by: { id: 'u1', name: 'Olivia Torres' },
    });
    expect(readStructure(doc).structure.transitionGoals.map((g) => g.id)).toEqual([a]);
  });
});
