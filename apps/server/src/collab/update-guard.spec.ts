import * as Y from 'yjs';
import {
  addGoal,
  addService,
  appendRichText,
  EDITOR_SAMPLE,
  ensureMeetingNotes,
  goalMap,
  meetingNotesFragment,
  SECTION_FRAGMENTS,
} from '@iep/shared';
import { updateProblem } from './update-guard';

/** The update a change to a fresh doc produces, as a client would send it. */
function updateOf(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  change(doc);
  return Y.encodeStateAsUpdate(doc);
}

function paragraph(doc: Y.Doc, fragment: string, text: string, format?: Record<string, unknown>): void {
  const p = new Y.XmlElement('paragraph');
  const t = new Y.XmlText();
  p.insert(0, [t]);
  doc.getXmlFragment(fragment).insert(0, [p]);
  t.insert(0, text, format);
}

describe('the update guard', () => {
  it('lets through what the editors and forms write', () => {
    expect(
      updateProblem(updateOf((d) => paragraph(d, 'presentLevels', 'Uses a tripod grasp', { bold: {} }))),
    ).toBeNull();
    expect(
      updateProblem(updateOf((d) => paragraph(d, 'homeStrategies', 'see', { link: { href: 'https://example.org' } }))),
    ).toBeNull();
    expect(
      updateProblem(
        updateOf((d) => {
          const id = addGoal(d, { criterion: 'in 4 of 5 trials' });
          addService(d);
          const description = d.getMap<Y.Map<unknown>>('goals').get(id)?.get('description');
          if (description instanceof Y.XmlFragment) description.insert(0, [new Y.XmlElement('paragraph')]);
        }),
      ),
    ).toBeNull();
    // A meeting's notes: one fragment per meeting in the meetingNotes map.
    expect(
      updateProblem(
        updateOf((d) => {
          const notes = new Y.XmlFragment();
          d.getMap('meetingNotes').set('meeting-1', notes);
          notes.insert(0, [new Y.XmlElement('paragraph')]);
        }),
      ),
    ).toBeNull();
    // Typing the word "javascript:" as text is just text.
    expect(updateProblem(updateOf((d) => paragraph(d, 'presentLevels', 'javascript: is a word here')))).toBeNull();
  });

  // A paragraph a person wrote offline and then deleted (or saw deleted by someone else before
  // reconnecting) reaches the server as an item whose content Yjs has already thrown away
  // (ContentDeleted): refusing it refused everything else that person wrote, on every reconnect.
  it('lets through editor nodes and meeting notes deleted before they were sent, at any root', () => {
    const offline = new Y.Doc();
    paragraph(offline, 'presentLevels', 'kept');
    paragraph(offline, 'presentLevels', 'written, then deleted while offline');
    offline.getXmlFragment('presentLevels').delete(0, 1);
    const notes = new Y.XmlFragment();
    offline.getMap('meetingNotes').set('meeting-1', notes);
    offline.getMap('meetingNotes').delete('meeting-1');
    const update = Y.encodeStateAsUpdate(offline);
    const contents = Y.decodeUpdate(update).structs.map((s) => (s instanceof Y.Item ? s.content.constructor : null));
    expect(contents).toContain(Y.ContentDeleted);
    expect(updateProblem(update)).toBeNull();
    // Where a deleted item sits is still checked.
    const elsewhere = new Y.Doc();
    elsewhere.getXmlFragment('notARoot').insert(0, [new Y.XmlElement('paragraph')]);
    elsewhere.getXmlFragment('notARoot').delete(0, 1);
    expect(updateProblem(Y.encodeStateAsUpdate(elsewhere))).toBe('unknown root type "notARoot"');
  });

  // The sample holds every node, mark and attribute of the editors' schema, and the client's
  // extensions spec checks that Tiptap and its Yjs binding store it just as appendRichText does: so
  // this is the guard's side of "the allow-list is the editor schema".
  it('lets through the whole editor schema, wherever rich text lives', () => {
    expect(
      updateProblem(
        updateOf((d) => {
          for (const part of SECTION_FRAGMENTS) appendRichText(d.getXmlFragment(part), EDITOR_SAMPLE);
          const description = goalMap(d, addGoal(d))?.get('description');
          if (description instanceof Y.XmlFragment) appendRichText(description, EDITOR_SAMPLE);
          ensureMeetingNotes(d, 'meeting-1');
          const notes = meetingNotesFragment(d, 'meeting-1');
          if (notes) appendRichText(notes, EDITOR_SAMPLE);
        }),
      ),
    ).toBeNull();
  });

  it.each([
    ['an unknown root type', (d: Y.Doc) => d.getMap('evil').set('x', 1), /unknown root type "evil"/],
    [
      'a script element',
      (d: Y.Doc) => d.getXmlFragment('presentLevels').insert(0, [new Y.XmlElement('script')]),
      /"script" is not in the editor schema/,
    ],
    [
      'a javascript: link',
      (d: Y.Doc) => paragraph(d, 'presentLevels', 'click', { link: { href: ' JavaScript:alert(1)' } }),
      /unsafe URL/,
    ],
    ['an unknown mark', (d: Y.Doc) => paragraph(d, 'presentLevels', 'x', { onclick: 'steal()' }), /mark "onclick"/],
    [
      'a link hidden behind a tab in its scheme',
      (d: Y.Doc) => paragraph(d, 'presentLevels', 'x', { link: { href: 'java\tscript:alert(1)' } }),
      /unsafe URL/,
    ],
    [
      'a map value with a javascript: URL',
      (d: Y.Doc) => d.getMap('goals').set('g', 'javascript:alert(1)'),
      /unsafe URL in a value/,
    ],
    [
      'keys on a rich-text fragment',
      (d: Y.Doc) => d.getMap('presentLevels').set('k', 1),
      /presentLevels takes no keys/,
    ],
    ['a structured root used as a list', (d: Y.Doc) => d.getArray('goals').push([1]), /goals is a map/],
    [
      'a script element inside a goal description',
      (d: Y.Doc) => {
        const id = addGoal(d);
        const description = d.getMap<Y.Map<unknown>>('goals').get(id)?.get('description');
        if (description instanceof Y.XmlFragment) description.insert(0, [new Y.XmlElement('script')]);
      },
      /"script" is not in the editor schema/,
    ],
    [
      'a plain value in the meeting notes map',
      (d: Y.Doc) => d.getMap('meetingNotes').set('m', 'text'),
      /one fragment per meeting/,
    ],
    [
      'a script element in meeting notes',
      (d: Y.Doc) => {
        const notes = new Y.XmlFragment();
        d.getMap('meetingNotes').set('m', notes);
        notes.insert(0, [new Y.XmlElement('script')]);
      },
      /"script" is not in the editor schema/,
    ],
    ['a subdocument', (d: Y.Doc) => d.getMap('goals').set('doc', new Y.Doc()), /embedded documents/],
    [
      'an event-handler attribute on a paragraph',
      (d: Y.Doc) => {
        const p = new Y.XmlElement('paragraph');
        d.getXmlFragment('presentLevels').insert(0, [p]);
        p.setAttribute('onmouseover', 'steal()');
      },
      /attribute "onmouseover" is not allowed/,
    ],
    [
      'a data: URL in a link',
      (d: Y.Doc) => paragraph(d, 'homeStrategies', 'x', { link: { href: 'data:text/html;base64,PHNjcmlwdD4=' } }),
      /unsafe URL/,
    ],
    ['a NUL typed into rich text', (d: Y.Doc) => paragraph(d, 'presentLevels', 'a\u0000b'), /NUL/],
    ['a NUL in a structured field', (d: Y.Doc) => addGoal(d, { criterion: 'in 4\u0000 of 5' }), /NUL/],
    ['a NUL in a map key', (d: Y.Doc) => d.getMap('goals').set('g\u0000', new Y.Map()), /NUL/],
    [
      'a NUL inside a mark value',
      (d: Y.Doc) => paragraph(d, 'homeStrategies', 'x', { link: { href: 'https://example.org/\u0000' } }),
      /NUL/,
    ],
  ])('refuses %s', (_what, change, reason) => {
    expect(updateProblem(updateOf(change))).toMatch(reason);
  });

  it('throws on bytes that are not an update (the socket then closes)', () => {
    expect(() => updateProblem(new Uint8Array([9, 9, 9]))).toThrow();
  });
});
