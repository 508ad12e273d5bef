import { z } from 'zod';
import type { AccessChangedEvent } from './team';
import type { Role, SectionStatus } from './roles';
import type { TransitionName } from './workflow';
import { discussSchema, joinMeetingSchema, type DiscussTarget, type JoinMeeting, type MeetingState } from './meeting';
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

/** The section moved in its workflow; clients refetch the section and its sign-off state. */
export interface SectionStatusEvent {
  sectionId: string;
  status: SectionStatus;
  transition: TransitionName;
  by: { name: string; role: Role };
  /** The version saved automatically at this step. */
  versionNumber: number;
}

/** Signatures changed: someone signed, an edit voided them, or a parent revoked consent. */
export interface SignoffChangedEvent {
  sectionId: string;
  change: 'signed' | 'voided' | 'revoked' | 'family_responded';
  versionNumber: number | null;
  by: { name: string; role: Role } | null;
  /** For `voided`: why, in words the UI can show. */
  reason?: string;
}

/** A goal proposal was created, edited, endorsed, commented on or decided; clients refetch it. */
export interface ProposalChangedEvent {
  sectionId: string;
  proposalId: string;
  change: 'created' | 'updated' | 'endorsed' | 'commented' | 'accepted' | 'rejected' | 'withdrawn';
  by: { name: string; role: Role };
  /** For `accepted`: the alternatives marked superseded in the same step. */
  superseded?: string[];
  /** For `accepted`: the version saved in the same step. */
  versionNumber?: number;
}

/**
 * A Prior Written Notice changed. Drafts are heard in the staff room only; issued notices (and
 * receipts) in the whole section room. Clients refetch the section's notices.
 */
export interface NoticeChangedEvent {
  sectionId: string;
  noticeId: string;
  change: 'drafted' | 'updated' | 'issued' | 'acknowledged';
}

/** A session was recorded or corrected in the service log: clients refetch the log and the minutes. */
export interface ServiceLogChangedEvent {
  sectionId: string;
  entryId: string;
  /** `scheduled`: a make-up owed was given a day (or moved). */
  change: 'recorded' | 'corrected' | 'cosigned' | 'scheduled';
}

/** A goal data point was recorded or corrected: clients refetch the section's goal data. */
export interface GoalDataChangedEvent {
  sectionId: string;
  goalId: string;
  pointId: string;
  change: 'recorded' | 'corrected' | 'cosigned';
}

/**
 * A progress report changed. Drafts (drafted, edited) are heard in the staff room only; issued
 * reports and receipts in the whole section room. Clients refetch the section's reports.
 */
export interface ProgressReportChangedEvent {
  sectionId: string;
  reportId: string;
  change: 'drafted' | 'updated' | 'issued' | 'acknowledged';
}

export interface ServerToClientEvents {
  'section:saved': (event: SectionSavedEvent) => void;
  'section:status': (event: SectionStatusEvent) => void;
  'signoff:changed': (event: SignoffChangedEvent) => void;
  /** A meeting of the section changed (scheduled, started, someone joined, now discussing, ended). */
  'meeting:state': (state: MeetingState) => void;
  'proposal:changed': (event: ProposalChangedEvent) => void;
  'notice:changed': (event: NoticeChangedEvent) => void;
  'service-log:changed': (event: ServiceLogChangedEvent) => void;
  'goal-data:changed': (event: GoalDataChangedEvent) => void;
  'progress-report:changed': (event: ProgressReportChangedEvent) => void;
  // --- comment threads and notifications (issue 4) ---
  /** A thread was started or changed (comment added, edited, deleted, resolved, reopened): the whole thread. */
  'thread:changed': (thread: ThreadDto) => void;
  /** A new notification for the signed-in person (sent to `user:<id>` only). */
  'notification:new': (notification: NotificationDto) => void;
  /** The signed-in person's access to a student changed (removed, new role, authority revoked). */
  'access:changed': (event: AccessChangedEvent) => void;
}

export type MeetingAck = { ok: true; state: MeetingState } | { ok: false; code: string; message: string };

/** On success, the clocks already durable when you joined (absent while a write is in flight). */
export type JoinAck = { ok: true; clocks?: Record<string, number> } | { ok: false; code: string };

export interface ClientToServerEvents {
  'section:join': (payload: { sectionId: string }, ack: (result: JoinAck) => void) => void;
  'section:leave': (payload: { sectionId: string }) => void;
  /** Join the running meeting (attendance starts); a dropped connection is marked, not removed. */
  'meeting:join': (payload: JoinMeeting, ack: (result: MeetingAck) => void) => void;
  'meeting:leave': (payload: { meetingId: string }, ack: (result: MeetingAck) => void) => void;
  /** The facilitator points everyone at an agenda item or a part of the section. */
  'meeting:discuss': (payload: { meetingId: string; target: DiscussTarget }, ack: (result: MeetingAck) => void) => void;
}

export const sectionJoinSchema = z.object({ sectionId: z.string().uuid() });
export const meetingLeaveSchema = z.object({ meetingId: z.string().uuid() });

/**
 * What each client-to-server event carries: the server validates every payload with these before
 * anything else (a refused one is acknowledged `{ok: false, code: 'VALIDATION_FAILED'}`).
 */
export const clientEventSchemas = {
  'section:join': sectionJoinSchema,
  'section:leave': sectionJoinSchema,
  'meeting:join': joinMeetingSchema,
  'meeting:leave': meetingLeaveSchema,
  'meeting:discuss': discussSchema,
} as const satisfies Record<keyof ClientToServerEvents, z.ZodType>;

export const sectionRoom = (sectionId: string): string => `section:${sectionId}`;

/** Staff members of a section also join this room; staff-only threads are sent here and nowhere else. */
export const sectionStaffRoom = (sectionId: string): string => `section:${sectionId}:staff`;
/** Each signed-in socket joins its person's room: notifications go there. */
export const userRoom = (userId: string): string => `user:${userId}`;
