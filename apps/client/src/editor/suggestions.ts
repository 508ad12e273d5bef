import { Extension, Mark } from '@tiptap/core';
import { Fragment, type Mark as PmMark, type MarkType, type Node as PmNode, type Slice } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Mapping, ReplaceStep } from '@tiptap/pm/transform';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import {
  presenceColor,
  ROLES,
  SUGGESTION_DELETE,
  SUGGESTION_INSERT,
  suggestionAttrs,
  type Role,
  type SuggestionAttrs,
} from '@iep/shared';

/**
 * Suggestion mode in the editor. Two marks carry suggestions (packages/shared/src/doc/suggestions.ts):
 * `suggestionInsert` on text someone suggests adding, `suggestionDelete` on text they suggest
 * removing, each with the author, their role, the time and the suggestion's id. The marks are part of
 * every editor's schema (so any editor shows them); `SuggestMode` turns one editor's typing into them.
 */

const ATTRS = ['id', 'authorId', 'authorName', 'role', 'at'] as const;

/** The attributes are stored, never rendered one by one: the mark renders them as a whole. */
const suggestionAttributes = () =>
  Object.fromEntries(ATTRS.map((name) => [name, { default: null, renderHTML: () => ({}) }]));

function renderSuggestion(tag: 'ins' | 'del', kind: 'insert' | 'delete', mark: PmMark) {
  const attrs = suggestionAttrs(mark.attrs);
  return [
    tag,
    {
      class: `suggestion suggestion--${kind}`,
      'data-suggestion': kind,
      'data-suggestion-id': attrs?.id ?? '',
      'data-author': attrs?.authorName ?? '',
      style: `--suggestion-color: ${presenceColor(attrs?.authorId ?? '')}`,
      title: attrs?.authorName ?? '',
    },
    0,
  ] as const;
}

/*
 * No parse rules: pasted or dropped text never brings suggestion marks with it (a suggestion is made
 * by typing in Suggest mode, and the server refuses marks that name someone else).
 */
export const SuggestionInsert = Mark.create({
  name: SUGGESTION_INSERT,
  // Typing next to a suggestion does not join it: Suggest mode marks its own text.
  inclusive: false,
  addAttributes: suggestionAttributes,
  renderHTML: ({ mark }) => [...renderSuggestion('ins', 'insert', mark)],
});

export const SuggestionDelete = Mark.create({
  name: SUGGESTION_DELETE,
  inclusive: false,
  addAttributes: suggestionAttributes,
  renderHTML: ({ mark }) => [...renderSuggestion('del', 'delete', mark)],
});

/** Who is suggesting, as their marks name them (the server checks it is them). */
export interface SuggestionAuthor {
  authorId: string;
  authorName: string;
  role: Role;
}

/** Who a person's suggestion marks name, or null for a role the marks cannot carry. */
export function suggestionAuthor(user: { userId: string; name: string; role: string }): SuggestionAuthor | null {
  const role = ROLES.find((r) => r === user.role);
  return role === undefined ? null : { authorId: user.userId, authorName: user.name, role };
}

export interface SuggestModeOptions {
  /** Whether this editor is in Suggest mode now (read on every change). */
  active: () => boolean;
  author: SuggestionAuthor | null;
  /** A change Suggest mode cannot express (a new paragraph, a joined one, formatting): it is not made. */
  onRefused: () => void;
}

const newId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `s${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

/** The change's inserted content as text nodes in one block, or null when it is more than that. */
function insertedText(slice: Slice): PmNode[] | null {
  let content: Fragment = slice.content;
  if (slice.openStart !== slice.openEnd) return null;
  for (let depth = 0; depth < slice.openStart; depth++) {
    const only = content.childCount === 1 ? content.firstChild : null;
    if (only === null) return null;
    content = only.content;
  }
  const nodes: PmNode[] = [];
  let plain = true;
  content.forEach((node) => {
    if (node.isText) nodes.push(node);
    else plain = false;
  });
  return plain ? nodes : null;
}

const ownMark = (marks: readonly PmMark[], type: MarkType, author: SuggestionAuthor): SuggestionAttrs | null => {
  for (const mark of marks) {
    if (mark.type !== type) continue;
    const attrs = suggestionAttrs(mark.attrs);
    if (attrs !== null && attrs.authorId === author.authorId) return attrs;
  }
  return null;
};

/**
 * The user's change rewritten as a suggestion, against the state it was made in: removed text stays,
 * marked for deletion (the author's own suggested text is really removed); inserted text is marked as
 * the author's insertion. Null when the change is not one Suggest mode can make.
 */
export function suggestTransaction(state: EditorState, tr: Transaction, author: SuggestionAuthor): Transaction | null {
  const insertType = state.schema.marks[SUGGESTION_INSERT];
  const deleteType = state.schema.marks[SUGGESTION_DELETE];
  if (insertType === undefined || deleteType === undefined) return null;
  const out = state.tr;
  let caret: number | null = null;
  const now = new Date().toISOString();
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i];
    if (!(step instanceof ReplaceStep)) return null;
    // The step's positions are in the document after the steps before it: back to the start, then ours.
    const back = new Mapping(tr.mapping.maps.slice(0, i)).invert();
    const from = out.mapping.map(back.map(step.from, -1), -1);
    const to = Math.max(from, out.mapping.map(back.map(step.to, 1), 1));
    const $from = out.doc.resolve(from);
    const $to = out.doc.resolve(to);
    if (!$from.sameParent($to) || !$from.parent.isTextblock) return null;
    const inserted = insertedText(step.slice);
    if (inserted === null) return null;

    // One suggestion keeps one id: a neighbour's own mark is continued (typing, holding backspace).
    const neighbours = [...($from.nodeBefore?.marks ?? []), ...($to.nodeAfter?.marks ?? [])];
    const continued = ownMark(neighbours, inserted.length > 0 ? insertType : deleteType, author);
    const attrs: SuggestionAttrs = continued ?? { id: newId(), ...author, at: now };

    const segments: { start: number; end: number; node: PmNode }[] = [];
    out.doc.nodesBetween(from, to, (node, pos) => {
      if (node.isText) segments.push({ start: Math.max(pos, from), end: Math.min(pos + node.nodeSize, to), node });
      return !node.isText;
    });
    const mapStart = out.mapping.maps.length;
    for (const { start, end, node } of segments.reverse()) {
      if (ownMark(node.marks, insertType, author) !== null) out.delete(start, end);
      else if (!deleteType.isInSet(node.marks)) out.addMark(start, end, deleteType.create(attrs));
    }
    const local = out.mapping.slice(mapStart);
    const at = local.map(to, 1);
    if (inserted.length > 0) {
      const nodes = inserted.map((node) =>
        node.mark([
          ...node.marks.filter((m) => m.type !== insertType && m.type !== deleteType),
          insertType.create(attrs),
        ]),
      );
      out.insert(at, Fragment.from(nodes));
      caret = at + nodes.reduce((n, node) => n + node.nodeSize, 0);
    } else {
      // Backspace leaves the caret before what it marked; Delete after it.
      caret = state.selection.head >= step.to ? local.map(from, -1) : at;
    }
  }
  if (caret !== null) out.setSelection(TextSelection.create(out.doc, Math.min(caret, out.doc.content.size)));
  if (tr.scrolledIntoView) out.scrollIntoView();
  return out;
}

/** A high or low half of a character outside the Basic Multilingual Plane (an emoji, say). */
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/**
 * Backspace or Delete at a caret in Suggest mode, as a plain removal of the one character next to it,
 * stepping over text already marked for removal (so each key press marks one more character). Built
 * here rather than left to the browser: the browser's own removal is read back from the page after
 * the fact, and a fast key press landing before the page was redrawn removed nothing. Null at the
 * edge of a paragraph (joining paragraphs is no suggestion) and for a selection (the usual command).
 */
export function suggestedRemoval(state: EditorState, direction: 'backward' | 'forward'): Transaction | null {
  const deleteType = state.schema.marks[SUGGESTION_DELETE];
  const { selection } = state;
  if (deleteType === undefined || !selection.empty) return null;
  const $caret = selection.$head;
  if (!$caret.parent.isTextblock) return null;
  const blockStart = $caret.start();
  const blockEnd = $caret.end();
  const text = (from: number, to: number) => state.doc.textBetween(from, to, '\n', '\ufffc');
  const marked = (from: number, to: number) => state.doc.rangeHasMark(from, to, deleteType);
  let pos = $caret.pos;
  if (direction === 'forward') {
    while (pos < blockEnd && marked(pos, pos + 1)) pos++;
    if (pos >= blockEnd) return null;
    const width = pos + 2 <= blockEnd && isSurrogate(text(pos, pos + 1).charCodeAt(0)) ? 2 : 1;
    return state.tr.delete(pos, pos + width);
  }
  while (pos > blockStart && marked(pos - 1, pos)) pos--;
  if (pos <= blockStart) return null;
  const width = pos - 2 >= blockStart && isSurrogate(text(pos - 1, pos).charCodeAt(0)) ? 2 : 1;
  return state.tr.delete(pos - width, pos);
}

/** Turns one editor's typing into suggestions while `active()` says so. */
export const SuggestMode = Extension.create<SuggestModeOptions>({
  name: 'suggestMode',
  // Its Backspace and Delete come before the editor's own.
  priority: 1000,
  addOptions() {
    return { active: () => false, author: null, onRefused: () => undefined };
  },
  addKeyboardShortcuts() {
    const remove = (direction: 'backward' | 'forward') => () => {
      if (!this.options.active() || this.options.author === null) return false;
      const tr = suggestedRemoval(this.editor.state, direction);
      if (tr === null) return false;
      this.editor.view.dispatch(tr);
      return true;
    };
    return { Backspace: remove('backward'), Delete: remove('forward') };
  },
  dispatchTransaction({ transaction, next }) {
    const author = this.options.author;
    // Others' changes arriving through Yjs, and changes that leave the text alone, pass as they are.
    const remote = transaction.getMeta(ySyncPluginKey) !== undefined;
    if (!this.options.active() || author === null || !transaction.docChanged || remote) {
      next(transaction);
      return;
    }
    const rewritten = suggestTransaction(this.editor.state, transaction, author);
    if (rewritten === null) this.options.onRefused();
    else next(rewritten);
  },
});
