import * as Y from 'yjs';
import { SUGGESTION_DELETE, SUGGESTION_INSERT } from '@iep/shared';
import { setsSuggestionMarks, suggestionProblem, type Suggester } from './suggestion-guard';

const parent: Suggester = { userId: 'u-parent', name: 'Pat Parent', role: 'parent' };
const teacher: Suggester = { userId: 'u-teacher', name: 'Tess Teacher', role: 'teacher' };
const mark = (who: Suggester, id = 's1') => ({
  id,
  authorId: who.userId,
  authorName: who.name,
  role: who.role,
  at: '2026-12-02T04:00:00.000Z',
});

/** The server's document: presentLevels holds one paragraph, "Uses a pencil". */
function serverDoc(): Y.Doc {
  const doc = new Y.Doc();
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  p.insert(0, [t]);
  doc.getXmlFragment('presentLevels').insert(0, [p]);
  t.insert(0, 'Uses a pencil');
  return doc;
}

/** The first paragraph's text in a document. */
function textOf(doc: Y.Doc): Y.XmlText {
  const p = doc.getXmlFragment('presentLevels').get(0);
  if (!(p instanceof Y.XmlElement)) throw new Error('no paragraph');
  const t = p.get(0);
  if (!(t instanceof Y.XmlText)) throw new Error('no text');
  return t;
}

/** What a client holding the server's document sends after `change`. */
function clientUpdate(server: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  change(client);
  return Y.encodeStateAsUpdate(client, before);
}

const problem = (server: Y.Doc, change: (doc: Y.Doc) => void, who = parent): string | null =>
  suggestionProblem(server, clientUpdate(server, change), ['presentLevels'], who);

describe('the suggestion guard (parts where a person may only suggest)', () => {
  it('takes an insertion marked with the sender’s own suggestion mark, with other formats', () => {
    const doc = serverDoc();
    expect(problem(doc, (d) => textOf(d).insert(7, 'slant board ', { [SUGGESTION_INSERT]: mark(parent) }))).toBeNull();
    expect(
      problem(doc, (d) => textOf(d).insert(0, 'Often ', { [SUGGESTION_INSERT]: mark(parent), bold: {} })),
    ).toBeNull();
  });

  it('refuses an insertion without a suggestion mark', () => {
    expect(problem(serverDoc(), (d) => textOf(d).insert(7, 'red '))).toMatch(/insertion mark naming the sender/);
  });

  it('refuses a forged author: a mark naming someone else, another role or another name', () => {
    const doc = serverDoc();
    expect(problem(doc, (d) => textOf(d).insert(7, 'x', { [SUGGESTION_INSERT]: mark(teacher) }))).toMatch(
      /naming the sender/,
    );
    expect(
      problem(doc, (d) => textOf(d).insert(7, 'x', { [SUGGESTION_INSERT]: { ...mark(parent), role: 'ot' } })),
    ).toMatch(/naming the sender/);
    expect(
      problem(doc, (d) => textOf(d).insert(7, 'x', { [SUGGESTION_INSERT]: { ...mark(parent), authorName: 'Ms OT' } })),
    ).toMatch(/naming the sender/);
  });

  it('refuses deleting existing text, and takes marking it for deletion with the sender’s mark', () => {
    const doc = serverDoc();
    expect(problem(doc, (d) => textOf(d).delete(7, 6))).toMatch(/marking it for deletion/);
    expect(problem(doc, (d) => textOf(d).format(7, 6, { [SUGGESTION_DELETE]: mark(parent, 's2') }))).toBeNull();
    expect(problem(doc, (d) => textOf(d).format(7, 6, { [SUGGESTION_DELETE]: mark(teacher, 's2') }))).toMatch(
      /does not name the sender/,
    );
  });

  it('refuses formatting existing text', () => {
    expect(problem(serverDoc(), (d) => textOf(d).format(0, 4, { bold: {} }))).toMatch(/"bold" format/);
  });

  it('lets the sender delete and reformat their own suggested text, but not someone else’s', () => {
    const doc = serverDoc();
    textOf(doc).insert(7, 'slant ', { [SUGGESTION_INSERT]: mark(parent) });
    textOf(doc).insert(0, 'Often ', { [SUGGESTION_INSERT]: mark(teacher, 't1') });
    expect(problem(doc, (d) => textOf(d).delete(13, 6))).toBeNull();
    expect(problem(doc, (d) => textOf(d).format(13, 6, { italic: {} }))).toBeNull();
    expect(problem(doc, (d) => textOf(d).delete(0, 6))).toMatch(/marking it for deletion/);
    // Taking someone else's mark off (accepting it) is a decision, made on the server.
    expect(problem(doc, (d) => textOf(d).format(0, 6, { [SUGGESTION_INSERT]: null }))).toMatch(
      /"suggestionInsert" format/,
    );
  });

  it('lets the sender take back their own deletion mark, not another’s', () => {
    const doc = serverDoc();
    textOf(doc).format(0, 4, { [SUGGESTION_DELETE]: mark(parent, 'd1') });
    textOf(doc).format(7, 6, { [SUGGESTION_DELETE]: mark(teacher, 'd2') });
    expect(problem(doc, (d) => textOf(d).format(0, 4, { [SUGGESTION_DELETE]: null }))).toBeNull();
    expect(problem(doc, (d) => textOf(d).format(7, 6, { [SUGGESTION_DELETE]: null }))).toMatch(
      /does not name the sender/,
    );
  });

  it('refuses adding or removing blocks and changing their attributes', () => {
    const doc = serverDoc();
    expect(
      problem(doc, (d) => {
        const p = new Y.XmlElement('paragraph');
        p.insert(0, [new Y.XmlText()]);
        d.getXmlFragment('presentLevels').push([p]);
      }),
    ).toMatch(/blocks/);
    expect(problem(doc, (d) => d.getXmlFragment('presentLevels').delete(0, 1))).toMatch(/blocks/);
    expect(
      problem(doc, (d) => {
        const p = d.getXmlFragment('presentLevels').get(0);
        if (p instanceof Y.XmlElement) p.setAttribute('level', '2');
      }),
    ).toMatch(/block was changed/);
  });

  it('takes the first text of an empty paragraph when all of it is the sender’s suggestion', () => {
    const doc = new Y.Doc();
    doc.getXmlFragment('presentLevels').insert(0, [new Y.XmlElement('paragraph')]);
    const change = (d: Y.Doc, format: Record<string, unknown>) => {
      const p = d.getXmlFragment('presentLevels').get(0);
      if (!(p instanceof Y.XmlElement)) throw new Error('no paragraph');
      const t = new Y.XmlText();
      p.insert(0, [t]);
      t.insert(0, 'New text', format);
    };
    expect(problem(doc, (d) => change(d, { [SUGGESTION_INSERT]: mark(parent) }))).toBeNull();
    expect(problem(doc, (d) => change(d, {}))).toMatch(/insertion mark/);
  });

  it('refuses an update that refers to something the document does not have', () => {
    const other = serverDoc();
    const update = clientUpdate(other, (d) => textOf(d).insert(0, 'x', { [SUGGESTION_INSERT]: mark(parent) }));
    expect(suggestionProblem(new Y.Doc(), update, ['presentLevels'], parent)).toMatch(/does not apply whole/);
  });

  it('tells an update that sets a suggestion mark from one that only clears one', () => {
    const doc = serverDoc();
    textOf(doc).insert(0, 'Often ', { [SUGGESTION_INSERT]: mark(parent) });
    expect(
      setsSuggestionMarks(clientUpdate(doc, (d) => textOf(d).insert(10, 'x', { [SUGGESTION_INSERT]: mark(parent) }))),
    ).toBe(true);
    expect(setsSuggestionMarks(clientUpdate(doc, (d) => textOf(d).format(0, 6, { [SUGGESTION_INSERT]: null })))).toBe(
      false,
    );
    expect(setsSuggestionMarks(clientUpdate(doc, (d) => textOf(d).insert(0, 'x', { bold: {} })))).toBe(false);
  });
});
