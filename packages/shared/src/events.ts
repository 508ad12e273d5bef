import type { NotificationDto, ThreadDto } from './comments/schemas';

/**
 * The socket.io event map (path /socket.io, signed in by the session cookie or bearer token).
 * One room per student plan's section: `section:<sectionId>`.
 */
export interface SectionSavedEvent {
  sectionId: string;
  /** For each Yjs client whose updates were just stored, the highest clock now durable. */
  clocks: Record<string, number>;
}

export interface ServerToClientEvents {
  'section:saved': (event: SectionSavedEvent) => void;
  // --- comment threads and notifications (issue 4) ---
  /** A thread was started or changed (comment added, edited, deleted, resolved, reopened): the whole thread. */
  'thread:changed': (thread: ThreadDto) => void;
  /** A new notification for the signed-in person (sent to `user:<id>` only). */
  'notification:new': (notification: NotificationDto) => void;
}

/** On success, the clocks already durable when you joined (absent while a write is in flight). */
export type JoinAck = { ok: true; clocks?: Record<string, number> } | { ok: false; code: string };

export interface ClientToServerEvents {
  'section:join': (payload: { sectionId: string }, ack: (result: JoinAck) => void) => void;
  'section:leave': (payload: { sectionId: string }) => void;
}

export const sectionRoom = (sectionId: string): string => `section:${sectionId}`;

/** Staff members of a section also join this room; staff-only threads are sent here and nowhere else. */
export const sectionStaffRoom = (sectionId: string): string => `section:${sectionId}:staff`;
/** Each signed-in socket joins its person's room: notifications go there. */
export const userRoom = (userId: string): string => `user:${userId}`;
