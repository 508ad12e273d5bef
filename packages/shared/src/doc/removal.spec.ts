import * as Y from 'yjs';
import { addAccommodation } from './accommodations';
import { addGoal, applyGoalChange, goalMap, type GoalFields } from './goals';
import { appendRecord } from './records';
import {
  isRemoved,
  REMOVED_KEY,
  removalOf,
  removeObjective,
  removeRecord,
  restoreObjective,
  restoreRecord,
  splitObjectives,
} from './removal';
import { addService } from './services';
import { readRemoved, readStructure } from './structure';
import { addTransitionGoal } from './transition-goals';

const REMOVAL = { at: '2026-12-01T10:00:00.000Z', by: { id: 'u1', name: 'Olivia Torres' } };
const LATER = { at: '2026-12-01T11:00:00.000Z', by: { id: 'u2', name: 'Omar Tate' } };

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe('removing and restoring structured records', () => {
  it('leaves a removed record out of the live structure, keeps it in the document and lists it as removed', () => {
    const doc = new Y.Doc();
    const kept = addGoal(doc, { behavior: 'buttons a coat' });
    const half = addGoal(doc, { area: null, timeframe: '' });
    expect(removeRecord(doc, 'goals', half, REMOVAL)).toBe(true);
    expect(readStructure(doc).structure.goals.map((g) => g.id)).toEqual([kept]);
    expect(doc.getMap<unknown>('goals').has(half)).toBe(true);
    const removed = readRemoved(doc);
    expect(removed.goals).toEqual([expect.objectContaining({ id: half, removal: REMOVAL, area: null, timeframe: '' })]);
    expect(removed.services).toEqual([]);
    expect(restoreRecord(doc, 'goals', half)).toBe(true);
    expect(readStructure(doc).structure.goals.map((g) => g.id)).toEqual([kept, half]);
    expect(readRemoved(doc).goals).toEqual([]);
  });

  it('removes every removable kind, newest removal first, and writes nothing for an unknown or repeated id', () => {
    const doc = new Y.Doc();
    const service = addService(doc);
    const accommodation = addAccommodation(doc, 'equipment', 'slant board');
    const transition = addTransitionGoal(doc, 'employment', 'Works 10 hours a week');
    const other = addTransitionGoal(doc, 'education');
    expect(removeRecord(doc, 'services', service, REMOVAL)).toBe(true);
    expect(removeRecord(doc, 'accommodations', accommodation, REMOVAL)).toBe(true);
    expect(removeRecord(doc, 'transitionGoals', transition, REMOVAL)).toBe(true);
    expect(removeRecord(doc, 'transitionGoals', other, LATER)).toBe(true);
    const { structure } = readStructure(doc);
    expect([structure.services, structure.accommodations, structure.transitionGoals]).toEqual([[], [], []]);
    expect(readRemoved(doc).transitionGoals.map((r) => r.id)).toEqual([other, transition]);

    let changes = 0;
    doc.on('update', () => (changes += 1));
    expect(removeRecord(doc, 'services', service, LATER)).toBe(false);
    expect(removeRecord(doc, 'services', 'no-such-id', REMOVAL)).toBe(false);
    expect(restoreRecord(doc, 'services', 'no-such-id')).toBe(false);
    expect(restoreRecord(doc, 'goals', service)).toBe(false);
    expect(() =>
      removeRecord(
        doc,
        'goals',
        appendRecord(doc, 'goals', () => undefined),
        { at: 'x', by: { id: '', name: 'x'.repeat(201) } },
      ),
    ).toThrow();
    // The throw above wrote only the appended goal, never a half-made removal mark.
    expect(changes).toBe(1);
    expect(removalOf(doc.getMap<unknown>('services').get(service))).toEqual(REMOVAL);
  });

  it('merges a removal made offline with a concurrent edit: the edit comes back with the restored record', () => {
    const a = new Y.Doc();
    const id = addGoal(a, { criterion: '' });
    const b = new Y.Doc();
    sync(a, b);
    removeRecord(a, 'goals', id, REMOVAL);
    const criterion = goalMap(b, id)?.get('criterion');
    if (!(criterion instanceof Y.Text)) throw new Error('no criterion');
    criterion.insert(0, 'in 4 of 5 trials');
    sync(a, b);
    sync(b, a);
    for (const doc of [a, b]) expect(readStructure(doc).structure.goals).toEqual([]);
    restoreRecord(b, 'goals', id);
    sync(b, a);
    expect(readStructure(a).structure.goals[0]?.criterion).toBe('in 4 of 5 trials');
  });

  it('is undone and redone by a Y.UndoManager like any edit', () => {
    const doc = new Y.Doc();
    const id = addService(doc);
    const undo = new Y.UndoManager(doc.getMap('services'));
    removeRecord(doc, 'services', id, REMOVAL);
    expect(readStructure(doc).structure.services).toEqual([]);
    undo.undo();
    expect(readStructure(doc).structure.services.map((s) => s.id)).toEqual([id]);
  });

  it('counts a mark it cannot read as removed, with no removal details', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc);
    goalMap(doc, id)?.set(REMOVED_KEY, 'yes');
    expect(isRemoved(goalMap(doc, id))).toBe(true);
    expect(readRemoved(doc).goals[0]?.removal).toBeNull();
    goalMap(doc, id)?.set(REMOVED_KEY, null);
    expect(readStructure(doc).structure.goals).toHaveLength(1);
  });

  it('does not apply an accepted change to a removed goal', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, { behavior: 'old' });
    removeRecord(doc, 'goals', id, REMOVAL);
    const fields: GoalFields = {
      area: null,
      baseline: '',
      condition: '',
      behavior: 'new',
      criterion: '',
      timeframe: '',
      measurement: '',
      reporting: '',
    };
    const provenance = {
      proposalId: 'p',
      kind: 'change_goal' as const,
      proposedBy: { name: 'P', role: 'parent' },
      acceptedBy: { name: 'O', role: 'ot' },
      acceptedAt: REMOVAL.at,
    };
    expect(
      applyGoalChange(doc, {
        kind: 'change_goal',
        goalId: id,
        base: { ...fields, behavior: 'old' },
        fields,
        provenance,
      }),
    ).toBeNull();
    expect(readRemoved(doc).goals[0]?.behavior).toBe('old');
  });
});

describe('removing and restoring objectives', () => {
  it('marks the objective removed in place, leaves it out of the goal and restores it at its place', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, { objectives: ['one', 'two', 'three'] });
    const objectives = goalMap(doc, id)?.get('objectives');
    if (!(objectives instanceof Y.Array)) throw new Error('no objectives');
    expect(removeObjective(objectives, 1, REMOVAL)).toBe(true);
    expect(removeObjective(objectives, 1, REMOVAL)).toBe(false);
    expect(readStructure(doc).structure.goals[0]?.objectives).toEqual(['one', 'three']);
    const split = splitObjectives(objectives);
    expect(split.live.map((o) => o.index)).toEqual([0, 2]);
    expect(split.removed.map((o) => [o.index, o.text.toString(), o.removal])).toEqual([[1, 'two', REMOVAL]]);
    expect(restoreObjective(objectives, 1)).toBe(true);
    expect(restoreObjective(objectives, 1)).toBe(false);
    expect(readStructure(doc).structure.goals[0]?.objectives).toEqual(['one', 'two', 'three']);
  });
});
