import * as Y from 'yjs';
import { addGoal, addObjective, applyGoalChange, goalMap, type GoalFields, type GoalProvenance } from './goals';
import { removeObjective } from './removal';
import { readStructure } from './structure';

const fields: GoalFields = {
  area: 'fine_motor',
  baseline: 'copies 2 words',
  condition: 'given a slant board',
  behavior: 'copies a 5-word sentence legibly',
  criterion: 'in 3 of 5 trials',
  timeframe: 'by the annual review',
  measurement: 'work samples',
  reporting: 'each grading period',
};
const provenance: GoalProvenance = {
  proposalId: 'p1',
  kind: 'change_goal',
  proposedBy: { name: 'Paula', role: 'parent' },
  acceptedBy: { name: 'Olivia', role: 'ot' },
  acceptedAt: '2026-11-22T00:00:00.000Z',
};

describe('the goals root', () => {
  it('adds a goal at the end with every text field a Y.Text, its objectives and an empty description, in one transaction', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => {
      transactions += 1;
    });
    const first = addGoal(doc, { area: 'self_care', behavior: 'buttons a coat', objectives: ['top button'] });
    expect(transactions).toBe(1);
    const second = addGoal(doc);
    const goal = goalMap(doc, first);
    expect(goal?.get('behavior')).toBeInstanceOf(Y.Text);
    expect(goal?.get('description')).toBeInstanceOf(Y.XmlFragment);
    const { structure, issues } = readStructure(doc);
    expect(issues).toEqual([]);
    expect(structure.goals.map((g) => [g.id, g.position, g.area, g.behavior, g.objectives])).toEqual([
      [first, 1, 'self_care', 'buttons a coat', ['top button']],
      [second, 2, null, '', []],
    ]);
    expect(goalMap(doc, 'gone')).toBeNull();
  });

  it('adds objectives, each a Y.Text, and a removed one leaves the live goal but not the document', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, { objectives: ['one'] });
    const objectives = goalMap(doc, id)?.get('objectives');
    if (!(objectives instanceof Y.Array)) throw new Error('no objectives');
    addObjective(objectives);
    expect(objectives.get(1)).toBeInstanceOf(Y.Text);
    removeObjective(objectives, 0, { at: '2026-12-01T10:00:00.000Z', by: { id: 'u1', name: 'Olivia Torres' } });
    expect(readStructure(doc).structure.goals[0]?.objectives).toEqual(['']);
    // Removed, not deleted: the objective stays in the document with its text.
    expect(objectives.length).toBe(2);
  });
});

describe('applying an accepted proposal to the document', () => {
  it('writes only the fields the proposer changed from the goal they saw, and records the provenance', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, fields);
    const goal = doc.getMap('goals').get(id) as Y.Map<unknown>;
    (goal.get('baseline') as Y.Text).insert(0, 'now ');
    const changed = applyGoalChange(doc, {
      kind: 'change_goal',
      goalId: id,
      base: fields,
      fields: { ...fields, criterion: 'in 4 of 5 trials', area: 'self_care' },
      provenance,
    });
    expect(changed).toBe(id);
    const [read] = readStructure(doc).structure.goals;
    expect(read).toMatchObject({
      baseline: 'now copies 2 words',
      criterion: 'in 4 of 5 trials',
      area: 'self_care',
      provenance,
    });
    expect(applyGoalChange(doc, { kind: 'change_goal', goalId: 'gone', base: fields, fields, provenance })).toBeNull();
  });

  it('adds a new goal at the end with its fields and provenance', () => {
    const doc = new Y.Doc();
    addGoal(doc, { behavior: 'first' });
    const id = applyGoalChange(doc, { kind: 'new_goal', fields, provenance: { ...provenance, kind: 'new_goal' } });
    const goals = readStructure(doc).structure.goals;
    expect(goals.map((g) => g.id)).toEqual([goals[0]?.id, id]);
    expect(goals[1]).toMatchObject({ ...fields, provenance: { ...provenance, kind: 'new_goal' } });
  });

  it('gives a changed field a Y.Text again when the stored value is not one', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, fields);
    goalMap(doc, id)?.set('criterion', 'plain');
    applyGoalChange(doc, {
      kind: 'change_goal',
      goalId: id,
      base: fields,
      fields: { ...fields, criterion: 'in 4 of 5 trials' },
      provenance,
    });
    expect(goalMap(doc, id)?.get('criterion')).toBeInstanceOf(Y.Text);
    expect(readStructure(doc).structure.goals[0]?.criterion).toBe('in 4 of 5 trials');
  });
});
