import * as Y from 'yjs';
import type { RichTextNode } from '../schemas';
import { fragmentToJson } from './rich-text';

/**
 * The meeting notes root: a Y.Map of one rich-text fragment per meeting, keyed by the meeting's id,
 * in the editor schema like every other fragment. It lies outside the signed content, so notes
 * never void a signature.
 */
export const MEETING_NOTES_ROOT = 'meetingNotes';

/** The meeting's notes fragment, or null until the document has it. */
export function meetingNotesFragment(doc: Y.Doc, meetingId: string): Y.XmlFragment | null {
  const value = doc.getMap<unknown>(MEETING_NOTES_ROOT).get(meetingId);
  return value instanceof Y.XmlFragment ? value : null;
}

/** The meeting's notes as ProseMirror JSON, or null when it has none. */
export function meetingNotesJson(doc: Y.Doc, meetingId: string): RichTextNode | null {
  const fragment = meetingNotesFragment(doc, meetingId);
  return fragment === null ? null : fragmentToJson(fragment);
}

/** Gives the meeting its empty notes fragment, unless it has one (call with the writer's origin). */
export function ensureMeetingNotes(doc: Y.Doc, meetingId: string, origin?: unknown): void {
  const notes = doc.getMap<unknown>(MEETING_NOTES_ROOT);
  if (!notes.has(meetingId)) doc.transact(() => notes.set(meetingId, new Y.XmlFragment()), origin);
}
