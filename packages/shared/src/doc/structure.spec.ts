import * as Y from 'yjs';
import { addGoal } from './goals';
import { moveRecord } from './records';
import { addService } from './services';
import { readStructure } from './structure';

/** Two replicas that exchange their updates, as two browsers do through the server. */
function pair(): [Y.Doc, Y.Doc, () => void] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const sync = (): void => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return [a, b, sync];
}

const goalText = (doc: Y.Doc, id: string, field: string): Y.Text => {
  const goal = doc.getMap<Y.Map<unknown>>('goals').get(id);
  const t = goal?.get(field);
  if (!(t instanceof Y.Text)) throw new Error(`no ${field}`);
  return t;
};

describe('the structured section in the Y.Doc', () => {
  it('keeps both edits when two people edit different fields of one goal at once', () => {
    const [a, b, sync] = pair();
    const id = addGoal(a, { area: 'fine_motor' });
    sync();
    goalText(a, id, 'criterion').insert(0, 'in 4 of 5 trials');
    goalText(b, id, 'condition').insert(0, 'given a slant board');
    goalText(b, id, 'criterion').insert(0, 'independently, ');
    sync();
    for (const doc of [a, b]) {
      const goal = readStructure(doc).structure.goals[0];
      expect(goal?.condition).toBe('given a slant board');
      expect(goal?.criterion).toContain('in 4 of 5 trials');
      expect(goal?.criterion).toContain('independently, ');
    }
  });

  it("keeps a goal's rich-text description as ProseMirror JSON", () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, { behavior: 'buttons a coat' });
    const description = doc.getMap<Y.Map<unknown>>('goals').get(id)?.get('description');
    if (!(description instanceof Y.XmlFragment)) throw new Error('no description fragment');
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('Practised with zippers at home too.')]);
    description.insert(0, [p]);
    expect(readStructure(doc).structure.goals[0]?.description).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Practised with zippers at home too.' }] }],
    });
  });

  it('reorders a list while someone types in a moved record, losing nothing', () => {
    const [a, b, sync] = pair();
    const first = addGoal(a, { behavior: 'buttons a coat' });
    const second = addGoal(a, { behavior: 'opens a milk carton' });
    sync();
    moveRecord(a, 'goals', second, undefined, 1);
    goalText(b, second, 'behavior').insert(0, 'independently ');
    sync();
    for (const doc of [a, b]) {
      const goals = readStructure(doc).structure.goals;
      expect(goals.map((g) => g.id)).toEqual([second, first]);
      expect(goals[0]?.behavior).toBe('independently opens a milk carton');
    }
  });

  it('reports a field of the wrong type or out of range next to the field, and keeps the rest', () => {
    const doc = new Y.Doc();
    const id = addService(doc);
    const row = doc.getMap<Y.Map<unknown>>('services').get(id);
    row?.set('minutes', -30);
    row?.set('frequency', 'often');
    row?.set('startDate', '2026-02-30');
    row?.set('provider', 'ot');
    const { structure, issues } = readStructure(doc);
    expect(structure.services[0]).toMatchObject({ minutes: null, frequency: null, startDate: null, provider: 'ot' });
    expect(issues.map((i) => i.path.join('/')).sort()).toEqual([
      `services/${id}/frequency`,
      `services/${id}/minutes`,
      `services/${id}/startDate`,
    ]);
    expect(issues.find((i) => i.path[2] === 'startDate')?.message).toBe('no such date');
  });

  it('lists every area of need with its checkbox and note, defaulting to unchecked', () => {
    const doc = new Y.Doc();
    const fine = new Y.Map<unknown>();
    doc.getMap('areasOfNeed').set('fine_motor', fine);
    fine.set('selected', true);
    fine.set('note', new Y.Text('pencil grip'));
    const { structure } = readStructure(doc);
    expect(structure.areasOfNeed).toHaveLength(9);
    expect(structure.areasOfNeed[0]).toEqual({ area: 'fine_motor', selected: true, note: 'pencil grip' });
    expect(structure.areasOfNeed[1]).toEqual({ area: 'self_care', selected: false, note: '' });
  });

  it('skips a list entry that is not a record instead of failing the whole document', () => {
    const doc = new Y.Doc();
    doc.getMap('goals').set('junk', 42);
    addGoal(doc, { behavior: 'ok' });
    const { structure, issues } = readStructure(doc);
    expect(structure.goals).toHaveLength(1);
    expect(issues).toEqual([{ path: ['goals', 'junk', '*'], message: 'not a record' }]);
  });
});
