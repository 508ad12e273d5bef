import { getSchema, type JSONContent } from '@tiptap/core';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { Decoration } from '@tiptap/pm/view';
import { getGlossaryEntry } from '@iep/shared';
import { schemaExtensions } from '../../editor/extensions';
import {
  buildGlossaryDecorations,
  GLOSSARY_TERM_CLASS,
  GlossaryHighlight,
  glossaryHighlightKey,
  glossaryHighlightPlugin,
  glossaryTermAt,
  setGlossaryLocale,
} from './glossaryHighlight';

/**
 * The editor's state, built from the editors' schema and the plugin the configured extension
 * installs, driven without a DOM: `dispatch` applies transactions the way the view does.
 */
class Harness {
  state: EditorState;

  constructor(paragraphs: JSONContent[][], locale: 'en' | 'es') {
    const schema = getSchema(schemaExtensions());
    const doc = schema.nodeFromJSON({
      type: 'doc',
      content: paragraphs.map((content) => ({ type: 'paragraph', content })),
    });
    this.state = EditorState.create({
      doc,
      plugins: [glossaryHighlightPlugin(GlossaryHighlight.configure({ locale }).options.locale)],
    });
  }

  readonly dispatch = (tr: Transaction): void => {
    this.state = this.state.apply(tr);
  };

  get view(): { state: EditorState; dispatch: (tr: Transaction) => void } {
    return { state: this.state, dispatch: this.dispatch };
  }

  select(from: number, to = from): void {
    this.dispatch(this.state.tr.setSelection(TextSelection.create(this.state.doc, from, to)));
  }
}

const editorWith = (paragraphs: JSONContent[][], locale: 'en' | 'es' = 'en'): Harness =>
  new Harness(paragraphs, locale);

const text = (t: string, marks?: JSONContent['marks']): JSONContent =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };

interface Seen {
  id: string;
  text: string;
  from: number;
  to: number;
  title: string;
  className: string;
}

/** The attributes ProseMirror renders on an inline decoration (kept on its type; not in the public typings). */
const attrsOf = (d: Decoration): Record<string, string> =>
  (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;

function decorations(editor: Harness): Seen[] {
  const state = glossaryHighlightKey.getState(editor.state);
  if (!state) throw new Error('the glossary plugin is not installed');
  return state.decorations
    .find()
    .sort((a, b) => a.from - b.from)
    .map((d) => {
      const attrs = attrsOf(d);
      return {
        id: attrs['data-glossary-term'] ?? '',
        text: editor.state.doc.textBetween(d.from, d.to),
        from: d.from,
        to: d.to,
        title: attrs.title ?? '',
        className: attrs.class ?? '',
      };
    });
}

const explanation = (id: string, locale: 'en' | 'es'): string =>
  getGlossaryEntry(id)?.[locale].explanation ?? `no entry ${id}`;

/** The same decorations as a rebuild from scratch would give: incremental updates must not drift. */
function expectSameAsRebuild(editor: Harness): void {
  const state = glossaryHighlightKey.getState(editor.state);
  if (!state) throw new Error('the glossary plugin is not installed');
  const fresh = buildGlossaryDecorations(editor.state.doc, state.locale)
    .find()
    .map((d) => [d.from, d.to, attrsOf(d).title] as const)
    .sort((a, b) => a[0] - b[0]);
  expect(decorations(editor).map((d) => [d.from, d.to, d.title] as const)).toEqual(fresh);
}

let editor: Harness;

describe('glossary terms highlighted in the editor', () => {
  it('decorates exactly each term occurrence, with its id, class and explanation as the title', () => {
    editor = editorWith([
      [text('Mateo follows a sensory diet and uses a tripod grasp.')],
      [text('The OTA checks his grasp.')],
    ]);
    expect(decorations(editor).map(({ id, text: t }) => [id, t])).toEqual([
      ['sensory-diet', 'sensory diet'],
      ['tripod-grasp', 'tripod grasp'],
      ['ota', 'OTA'],
      ['grasp', 'grasp'],
    ]);
    const [diet] = decorations(editor);
    // Position 1 is the start of the first paragraph's text.
    expect(diet).toEqual({
      id: 'sensory-diet',
      text: 'sensory diet',
      from: 1 + 16,
      to: 1 + 28,
      title: explanation('sensory-diet', 'en'),
      className: GLOSSARY_TERM_CLASS,
    });
  });

  it('finds a term across marks (bold, italic) but never across a hard break', () => {
    editor = editorWith([
      [
        text('A sensory '),
        text('diet', [{ type: 'bold' }]),
        text(' helps. A weighted'),
        { type: 'hardBreak' },
        text('vest too.'),
      ],
    ]);
    expect(decorations(editor).map((d) => d.text)).toEqual(['sensory diet']);
  });

  it('updates after typing, deleting, splitting and joining paragraphs, matching a full rebuild', () => {
    editor = editorWith([[text('He uses a slant board.')], [text('Nothing here yet.')]]);
    // Typing a term into the second paragraph.
    const end = editor.state.doc.content.size - 1;
    editor.dispatch(editor.state.tr.insertText(' Try a sensory diet.', end));
    expect(decorations(editor).map((d) => d.id)).toEqual(['slant-board', 'sensory-diet']);
    expectSameAsRebuild(editor);

    // Deleting "oard" leaves "slant b": no longer a term, so its underline goes.
    const boardEnd = 1 + 'He uses a slant board'.length;
    editor.dispatch(editor.state.tr.delete(boardEnd - 4, boardEnd));
    expect(decorations(editor).map((d) => d.id)).toEqual(['sensory-diet']);
    expectSameAsRebuild(editor);

    // Splitting the paragraph in the middle of "sensory diet" leaves neither half a term.
    const dietAt = decorations(editor)[0]?.from ?? 0;
    editor.dispatch(editor.state.tr.split(dietAt + 'sensory'.length));
    expect(decorations(editor)).toEqual([]);
    expectSameAsRebuild(editor);

    // Joining them back (deleting the boundary) brings the term back.
    const boundary = dietAt + 'sensory'.length;
    editor.dispatch(editor.state.tr.join(boundary + 1));
    expect(decorations(editor).map((d) => d.text)).toEqual(['sensory diet']);
    expectSameAsRebuild(editor);
  });

  it('shifts the terms of untouched paragraphs when text is typed before them', () => {
    editor = editorWith([[text('Intro.')], [text('Use a weighted vest in class.')]]);
    const before = decorations(editor)[0];
    editor.dispatch(editor.state.tr.insertText('Please read. ', 1));
    const after = decorations(editor)[0];
    expect(after?.text).toBe('weighted vest');
    expect(after?.from).toBe((before?.from ?? 0) + 'Please read. '.length);
    expectSameAsRebuild(editor);
  });

  it('stays identical to a full rebuild through a long run of random edits', () => {
    // A small seeded generator, so a failure replays the same way.
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const pieces = ['sensory', ' diet', 'sensory diet ', ' slant board.', 'tripod ', 'grasp', ' ', 'x', 'OTA '];
    editor = editorWith([[text('Start with a sensory diet.')], [text('Then a slant board.')]]);
    let mostParagraphs = 0;
    let mostTerms = 0;
    for (let step = 0; step < 300; step++) {
      const size = editor.state.doc.content.size;
      const at = 1 + random(size - 1);
      const tr = editor.state.tr;
      const kind = random(4);
      if (kind === 0 && at + 3 < size) tr.delete(at, at + 1 + random(3));
      else if (kind === 1 && editor.state.doc.resolve(at).parent.isTextblock) tr.split(at);
      else if (editor.state.doc.resolve(at).parent.isTextblock) tr.insertText(pieces[random(pieces.length)] ?? 'x', at);
      if (!tr.docChanged) continue;
      editor.dispatch(tr);
      expectSameAsRebuild(editor);
      mostParagraphs = Math.max(mostParagraphs, editor.state.doc.childCount);
      mostTerms = Math.max(mostTerms, decorations(editor).length);
    }
    // The run really exercised splits and many terms, not only trivial edits.
    expect(mostParagraphs).toBeGreaterThan(3);
    expect(mostTerms).toBeGreaterThan(5);
  });

  it('keeps the same decorations object when nothing in the document changed (a cursor move)', () => {
    editor = editorWith([[text('A sensory break each hour.')]]);
    const before = glossaryHighlightKey.getState(editor.state)?.decorations;
    editor.select(5);
    expect(editor.state.selection.from).toBe(5);
    expect(glossaryHighlightKey.getState(editor.state)?.decorations).toBe(before);
  });

  it('switches every explanation to Spanish and back when the reader changes language', () => {
    editor = editorWith([[text('He follows a sensory diet.')]]);
    expect(decorations(editor)[0]?.title).toBe(explanation('sensory-diet', 'en'));
    setGlossaryLocale(editor.view, 'es');
    expect(glossaryHighlightKey.getState(editor.state)?.locale).toBe('es');
    expect(decorations(editor).map((d) => [d.text, d.title])).toEqual([
      ['sensory diet', explanation('sensory-diet', 'es')],
    ]);
    setGlossaryLocale(editor.view, 'en');
    expect(decorations(editor)[0]?.title).toBe(explanation('sensory-diet', 'en'));
  });

  it('finds terms written in either language, explained in the reader’s language', () => {
    editor = editorWith([[text('Usa una dieta sensorial y a slant board.')]], 'es');
    expect(decorations(editor).map((d) => [d.id, d.title])).toEqual([
      ['sensory-diet', explanation('sensory-diet', 'es')],
      ['slant-board', explanation('slant-board', 'es')],
    ]);
  });
});

describe('the term at the cursor', () => {
  it('is the term around the cursor or selection, in the current language, and null elsewhere', () => {
    editor = editorWith([[text('He follows a sensory diet daily.')]]);
    const dietFrom = 1 + 'He follows a '.length;
    const dietTo = dietFrom + 'sensory diet'.length;
    editor.select(dietFrom + 3);
    expect(glossaryTermAt(editor.state)).toEqual({
      id: 'sensory-diet',
      term: 'sensory diet',
      explanation: explanation('sensory-diet', 'en'),
    });
    // Just after the last letter (as right after typing it) still counts.
    editor.select(dietTo);
    expect(glossaryTermAt(editor.state)?.id).toBe('sensory-diet');
    editor.select(2);
    expect(glossaryTermAt(editor.state)).toBeNull();
    // A selection reaching outside the term is not "in" it.
    editor.select(2, dietTo);
    expect(glossaryTermAt(editor.state)).toBeNull();

    editor.select(dietFrom, dietTo);
    setGlossaryLocale(editor.view, 'es');
    expect(glossaryTermAt(editor.state)).toEqual({
      id: 'sensory-diet',
      term: 'dieta sensorial',
      explanation: explanation('sensory-diet', 'es'),
    });
  });
});
