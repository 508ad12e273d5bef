import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import * as Y from 'yjs';
import { SUGGESTION_DELETE, SUGGESTION_INSERT } from '@iep/shared';
import { editorExtensions } from './extensions';
import { suggestedRemoval, suggestTransaction, type SuggestionAuthor } from './suggestions';

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

describe('Backspace and Delete in Suggest mode', () => {
  /** One key press: the removal it makes, rewritten as a suggestion. */
  function press(state: EditorState, direction: 'backward' | 'forward'): EditorState {
    const removal = suggestedRemoval(state, direction);
    if (removal === null) return state;
    return suggest(state, () => removal) ?? state;
  }

  it('marks one more character with each Delete, stepping over what is already marked', () => {
    let state = stateOf('Uses a pencil', 1);
    for (let i = 0; i < 5; i++) state = press(state, 'forward');
    expect(runs(state)).toEqual(['-Uses ', 'a pencil']);
    expect(state.selection.head).toBe(6);
    // A caret put back at the start (a click) still marks the next unmarked character.
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1)));
    state = press(state, 'forward');
    expect(runs(state)).toEqual(['-Uses a', ' pencil']);
  });

  it('marks one more character with each Backspace, leaving the caret before what it marked', () => {
    let state = stateOf('Uses a pencil', 14);
    for (let i = 0; i < 6; i++) state = press(state, 'backward');
    expect(runs(state)).toEqual(['Uses a ', '-pencil']);
    expect(state.selection.head).toBe(8);
  });

  it('removes an emoji whole, never half of it', () => {
    let state = stateOf('Hi 👋', 6);
    state = press(state, 'backward');
    expect(runs(state)).toEqual(['Hi ', '-👋']);
  });

  it('leaves the edge of a paragraph and a selection to the editor’s own commands', () => {
    expect(suggestedRemoval(stateOf('Uses', 1), 'backward')).toBeNull();
    expect(suggestedRemoval(stateOf('Uses', 5), 'forward')).toBeNull();
    const state = stateOf('Uses', 1);
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1, 3)));
    expect(suggestedRemoval(selected, 'forward')).toBeNull();
  });
});
