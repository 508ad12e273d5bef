import * as Y from 'yjs';
import { canonicalJson, diffLines, diffSections } from './section-diff';
import { addGoal, readStructure, sectionDocToJson } from './doc';

function snapshot(doc: Y.Doc) {
  return { content: sectionDocToJson(doc), structure: readStructure(doc).structure };
}

function setParagraphs(doc: Y.Doc, fragment: string, paragraphs: string[]): void {
  const f = doc.getXmlFragment(fragment);
  f.delete(0, f.length);
  f.insert(
    0,
    paragraphs.map((p) => {
      const el = new Y.XmlElement('paragraph');
      el.insert(0, [new Y.XmlText(p)]);
      return el;
    }),
  );
}

describe('comparing versions', () => {
  it('diffs paragraphs: kept, added and removed, in order', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'c', 'd'])).toEqual([
      { op: 'same', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'same', text: 'c' },
      { op: 'added', text: 'd' },
    ]);
  });

  it("shows a goal's criterion going from 3 of 5 to 4 of 5, and a new paragraph in present levels", () => {
    const doc = new Y.Doc();
    setParagraphs(doc, 'presentLevels', ['Grasp is emerging.']);
    const goalId = addGoal(doc, { criterion: 'in 3 of 5 trials', behavior: 'buttons a coat' });
    const v1 = snapshot(doc);
    const criterion = doc.getMap<Y.Map<unknown>>('goals').get(goalId)?.get('criterion');
    if (!(criterion instanceof Y.Text)) throw new Error('no criterion');
    criterion.delete(3, 1);
    criterion.insert(3, '4');
    setParagraphs(doc, 'presentLevels', ['Grasp is emerging.', 'Uses a slant board.']);
    const newGoal = addGoal(doc, { behavior: 'opens a milk carton' });
    const diff = diffSections(v1, snapshot(doc));

    expect(diff.fragments.find((f) => f.name === 'presentLevels')?.changes).toEqual([
      { op: 'same', text: 'Grasp is emerging.' },
      { op: 'added', text: 'Uses a slant board.' },
    ]);
    expect(diff.records).toEqual(
      expect.arrayContaining([
        {
          root: 'goals',
          id: goalId,
          change: 'changed',
          fields: [
            {
              field: 'criterion',
              from: 'in 3 of 5 trials',
              to: 'in 4 of 5 trials',
              words: [
                { op: 'same', text: 'in ' },
                { op: 'removed', text: '3' },
                { op: 'added', text: '4' },
                { op: 'same', text: ' of 5 trials' },
              ],
            },
          ],
        },
        expect.objectContaining({ root: 'goals', id: newGoal, change: 'added' }),
      ]),
    );
  });

  it('reports nothing between equal versions, and hashes equal content identically', () => {
    const doc = new Y.Doc();
    addGoal(doc, { behavior: 'x' });
    const a = snapshot(doc);
    const diff = diffSections(a, snapshot(doc));
    expect(diff.records).toEqual([]);
    expect(diff.fragments.every((f) => f.changes.every((c) => c.op === 'same'))).toBe(true);
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
  });
});
