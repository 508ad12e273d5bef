import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import * as Y from 'yjs';
import { SUGGESTION_DELETE, SUGGESTION_INSERT } from '@iep/shared';
import { editorExtensions } from './extensions';
import { suggestTransaction, type SuggestionAuthor } from './suggestions';

const schema = getSchema(editorExtensions({ fragment: new Y.Doc().getXmlFragment('part') }));
const parent: SuggestionAuthor = { authorId: 'u-parent', authorName: 'Pat Parent', role: 'parent' };

function stateOf(text: string, caret: number): EditorState {
  const doc = schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
  const state = EditorState.create({ schema, doc });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, caret)));
}

/** The paragraph's text runs: text and the suggestion marks on it ('+' insertion, '-' deletion). */
function runs(state: EditorState): string[] {
  const out: string[] = [];
  state.doc.descendants((node) => {
    if (!node.isText) return true;
    const marks = node.marks.map((m) =>
      m.type.name === SUGGESTION_INSERT ? '+' : m.type.name === SUGGESTION_DELETE ? '-' : m.type.name,
    );
    out.push(`${marks.join('')}${node.text ?? ''}`);
    return false;
  });
  return out;
}

function suggest(state: EditorState, change: (s: EditorState) => import('@tiptap/pm/state').Transaction) {
  const tr = suggestTransaction(state, change(state), parent);
  return tr === null ? null : state.apply(tr);
}

describe('Suggest mode turns typing into suggestions', () => {
  it('marks typed text as the author’s insertion, continuing one suggestion while typing', () => {
    // "Uses a pencil": positions start at 1 inside the paragraph.
    let state = stateOf('Uses a pencil', 8);
    state = suggest(state, (s) => s.tr.insertText('red ')) ?? state;
    state = suggest(state, (s) => s.tr.insertText('!')) ?? state;
    expect(runs(state)).toEqual(['Uses a ', '+red !', 'pencil']);
    const ids = new Set<string>();
    state.doc.descendants((node) => {
      for (const m of node.marks) ids.add(String(m.attrs.id));
    });
    expect(ids.size).toBe(1);
    expect(state.selection.head).toBe(13);
  });

  it('keeps deleted text, marked for deletion, and moves the caret past it', () => {
    const state = stateOf('Uses a pencil', 14);
    const next = suggest(state, (s) => s.tr.delete(8, 14));
    expect(next && runs(next)).toEqual(['Uses a ', '-pencil']);
    expect(next?.selection.head).toBe(8);
  });

  it('replaces a selection with a deletion and an insertion of one suggestion', () => {
    const state = stateOf('Uses a pencil', 8);
    const next = suggest(state, (s) => s.tr.insertText('crayon', 8, 14));
    expect(next && runs(next)).toEqual(['Uses a ', '-pencil', '+crayon']);
  });

  it('really removes the author’s own suggested text', () => {
    let state = stateOf('Uses a pencil', 8);
    state = suggest(state, (s) => s.tr.insertText('red ')) ?? state;
    const next = suggest(state, (s) => s.tr.delete(11, 12));
    expect(next && runs(next)).toEqual(['Uses a ', '+red', 'pencil']);
  });

  it('does not make changes it cannot express as suggestions: a split paragraph, formatting', () => {
    const state = stateOf('Uses a pencil', 8);
    expect(suggestTransaction(state, state.tr.split(8), parent)).toBeNull();
    const bold = schema.marks.bold;
    if (bold === undefined) throw new Error('no bold');
    expect(suggestTransaction(state, state.tr.addMark(1, 5, bold.create()), parent)).toBeNull();
  });
});
