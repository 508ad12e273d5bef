import * as Y from 'yjs';
import { addGoal, goalDescriptionPart } from '@iep/shared';
import { touchedParts } from './touched-parts';

/** A server doc and a client replica of it; returns the client's next update after `change`. */
function setup(seed: (doc: Y.Doc) => void) {
  const server = new Y.Doc();
  seed(server);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const next = (change: (doc: Y.Doc) => void): Uint8Array => {
    const updates: Uint8Array[] = [];
    const capture = (u: Uint8Array): number => updates.push(u);
    client.on('update', capture);
    change(client);
    client.off('update', capture);
    return Y.mergeUpdates(updates);
  };
  return { server, client, next };
}

function paragraph(doc: Y.Doc, fragment: string, text: string): void {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(fragment).insert(doc.getXmlFragment(fragment).length, [p]);
}

const textIn = (doc: Y.Doc, fragment: string): Y.XmlText => {
  const p = doc.getXmlFragment(fragment).get(0);
  const t = p instanceof Y.XmlElement ? p.get(0) : undefined;
  if (!(t instanceof Y.XmlText)) throw new Error('no text');
  return t;
};

describe('which parts an update touches', () => {
  const seed = (d: Y.Doc): void => {
    paragraph(d, 'parentConcerns', 'He tires when writing.');
    paragraph(d, 'presentLevels', 'Grasp emerging.');
  };

  it('traces typing inside an existing paragraph to its fragment', () => {
    const { server, next } = setup(seed);
    expect(
      touchedParts(
        server,
        next((c) => textIn(c, 'parentConcerns').insert(3, 'often ')),
      ),
    ).toEqual(new Set(['parentConcerns']));
  });

  it('traces deletions, new paragraphs and edits in two fragments at once', () => {
    const { server, next } = setup(seed);
    const u = next((c) => {
      textIn(c, 'presentLevels').delete(0, 5);
      paragraph(c, 'parentConcerns', 'Also at home.');
    });
    expect(touchedParts(server, u)).toEqual(new Set(['presentLevels', 'parentConcerns']));
  });

  it('traces a field edit inside a goal to the goals map', () => {
    const { server, next } = setup((d) => addGoal(d, { criterion: 'in 3 of 5' }));
    const u = next((c) => {
      const goal = [...c.getMap<Y.Map<unknown>>('goals').values()][0];
      const t = goal?.get('criterion');
      if (t instanceof Y.Text) t.insert(0, 'x');
    });
    expect(touchedParts(server, u)).toEqual(new Set(['goals']));
  });

  it("traces typing in a goal's rich-text description to that description (a part of its own)", () => {
    const { server, next } = setup((d) => {
      const id = addGoal(d);
      const description = d.getMap<Y.Map<unknown>>('goals').get(id)?.get('description');
      if (description instanceof Y.XmlFragment) description.insert(0, [new Y.XmlElement('paragraph')]);
    });
    const u = next((c) => {
      const goal = [...c.getMap<Y.Map<unknown>>('goals').values()][0];
      const description = goal?.get('description');
      const p = description instanceof Y.XmlFragment ? description.get(0) : undefined;
      if (p instanceof Y.XmlElement) p.insert(0, [new Y.XmlText('Zippers at home too.')]);
    });
    const goalId = [...server.getMap<unknown>('goals').keys()][0] ?? '';
    expect(touchedParts(server, u)).toEqual(new Set([goalDescriptionPart(goalId)]));
  });

  it('cannot trace an item that refers to something the document does not have', () => {
    const { next } = setup(seed);
    const u = next((c) => textIn(c, 'presentLevels').insert(2, 'zz'));
    expect(touchedParts(new Y.Doc(), u)).toBeNull();
  });
});
