import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { PresenceUser } from '@iep/shared';
import { SuggestionDelete, SuggestionInsert, SuggestMode, type SuggestModeOptions } from './suggestions';

/**
 * The extensions that make the document's schema, and nothing else: the nodes and marks every editor
 * stores, which the server's guard and readers know as EDITOR_NODES / EDITOR_MARKS in
 * packages/shared/src/doc/editor-schema.ts (extensions.spec.ts fails when the two differ).
 */
export function schemaExtensions(): Extensions {
  // Collaboration brings its own Yjs-aware undo; the plain history would fight it.
  return [StarterKit.configure({ undoRedo: false }), SuggestionInsert, SuggestionDelete];
}

export interface EditorExtensionOptions {
  /** The fragment the editor is bound to: a section part, a goal's description, a meeting's notes. */
  fragment: Y.XmlFragment;
  /** Other people's carets, where the editor shares presence through the section's provider. */
  carets?: { provider: WebsocketProvider; user: PresenceUser };
  /** Behaviour that adds no node or mark (decorations such as the glossary and comment highlights). */
  decorations?: Extensions;
  /** Suggest mode for this editor (its typing becomes suggestions while active). */
  suggest?: Partial<SuggestModeOptions>;
}

/** The extensions of every Tiptap editor of the section's document, so all of them store one schema. */
export function editorExtensions({ fragment, carets, decorations = [], suggest }: EditorExtensionOptions): Extensions {
  return [
    ...schemaExtensions(),
    Collaboration.configure({ fragment }),
    ...(carets === undefined ? [] : [CollaborationCaret.configure(carets)]),
    ...(suggest === undefined ? [] : [SuggestMode.configure(suggest)]),
    ...decorations,
  ];
}
