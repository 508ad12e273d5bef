import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { decodeAnchor, encodeAnchor } from '@iep/shared';

/** What the highlight needs of a thread: its id and anchors (Yjs relative positions, base64). */
export interface AnchoredThread {
  id: string;
  anchorStart: string;
  anchorEnd: string;
  active: boolean;
}

export interface CommentHighlightOptions {
  /** The threads of this editor's fragment to show, read on every redraw. */
  getThreads: () => AnchoredThread[];
  /** A highlighted passage was clicked or activated. */
  onActivate: (threadId: string) => void;
}

type ProsemirrorMapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

export const commentHighlightKey = new PluginKey<DecorationSet>('commentHighlight');

interface SyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: ProsemirrorMapping;
}

/** The y-prosemirror binding of this editor: its Y.Doc, fragment and node mapping. */
function syncState(state: EditorState): SyncState | null {
  const value: unknown = ySyncPluginKey.getState(state);
  if (typeof value !== 'object' || value === null) return null;
  const { doc, type, binding } = value as { doc?: unknown; type?: unknown; binding?: unknown };
  const mapping =
    typeof binding === 'object' && binding !== null ? (binding as { mapping?: unknown }).mapping : undefined;
  if (!(doc instanceof Y.Doc) || !(type instanceof Y.XmlFragment) || !(mapping instanceof Map)) return null;
  return { doc, type, mapping: mapping as ProsemirrorMapping };
}

/** The browser's selection inside this editor as document positions; null when empty or elsewhere. */
export function domSelectionRange(view: EditorView): { from: number; to: number } | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    const a = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const b = view.posAtDOM(selection.focusNode, selection.focusOffset);
    return a === b ? null : { from: Math.min(a, b), to: Math.max(a, b) };
  } catch {
    return null;
  }
}

/** Relative positions for the range [from, to) of the editor, and the text in it; null when empty. */
export function selectionAnchor(
  state: EditorState,
  from: number,
  to: number,
): { anchorStart: string; anchorEnd: string; quote: string } | null {
  const sync = syncState(state);
  if (to <= from || sync === null) return null;
  const start = absolutePositionToRelativePosition(from, sync.type, sync.mapping) as unknown;
  const end = absolutePositionToRelativePosition(to, sync.type, sync.mapping) as unknown;
  if (!(start instanceof Y.RelativePosition) || !(end instanceof Y.RelativePosition)) return null;
  return {
    anchorStart: encodeAnchor(start),
    anchorEnd: encodeAnchor(end),
    quote: state.doc.textBetween(from, to, ' ').slice(0, 2000),
  };
}

function build(state: EditorState, threads: AnchoredThread[]): DecorationSet {
  const sync = syncState(state);
  if (sync === null || threads.length === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    const start = decodeAnchor(thread.anchorStart);
    const end = decodeAnchor(thread.anchorEnd);
    if (!start || !end) continue;
    const from = relativePositionToAbsolutePosition(sync.doc, sync.type, start, sync.mapping);
    const to = relativePositionToAbsolutePosition(sync.doc, sync.type, end, sync.mapping);
    if (from === null || to === null || to <= from || to > state.doc.content.size) continue;
    decorations.push(
      Decoration.inline(
        from,
        to,
        {
          class: thread.active ? 'comment-highlight comment-highlight--active' : 'comment-highlight',
          'data-thread-id': thread.id,
        },
        { threadId: thread.id },
      ),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Shows comment anchors as decorations (never as marks: nothing about a thread is written into
 * the shared document). Redraws on every document change and when told the threads changed
 * (`refreshCommentHighlights`).
 */
export const CommentHighlight = Extension.create<CommentHighlightOptions>({
  name: 'commentHighlight',
  addOptions() {
    return { getThreads: () => [], onActivate: () => undefined };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<DecorationSet>({
        key: commentHighlightKey,
        state: {
          init: (_config, state) => build(state, options.getThreads()),
          apply: (tr, old, _oldState, newState) =>
            tr.docChanged || tr.getMeta(commentHighlightKey) === true
              ? build(newState, options.getThreads())
              : old.map(tr.mapping, tr.doc),
        },
        props: {
          decorations: (state) => commentHighlightKey.getState(state),
          handleClick: (view, pos) => {
            const found = commentHighlightKey.getState(view.state)?.find(pos, pos);
            const id: unknown = found?.[0]?.spec.threadId;
            if (typeof id === 'string') options.onActivate(id);
            return false;
          },
        },
      }),
    ];
  },
});

/** Redraws the highlights (after the thread list changed). */
export function refreshCommentHighlights(view: {
  state: EditorState;
  dispatch: (tr: EditorState['tr']) => void;
}): void {
  view.dispatch(view.state.tr.setMeta(commentHighlightKey, true));
}
