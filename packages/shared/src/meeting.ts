import { z } from 'zod';
import { dateTimeSchema, safeText } from './input';
import type { Role } from './roles';
import { roleSchema } from './schemas';
import { SECTION_FRAGMENTS, STRUCTURED_ROOTS } from './doc';

/**
 * Meeting mode: the team meets by video (or phone, or in the room) with this workspace open beside
 * the call. Attendance is recorded per joined stretch; notes are a Y.XmlFragment per meeting under
 * the document's `meetingNotes` map (outside the signed content, so notes never void a signature;
 * its reader and writer are in doc/meeting-notes.ts).
 */
export { MEETING_NOTES_ROOT } from './doc/meeting-notes';

export const MEETING_STATUSES = ['scheduled', 'in_progress', 'ended', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const ATTENDANCE_MODES = ['video', 'phone', 'in_person'] as const;
export const attendanceModeSchema = z.enum(ATTENDANCE_MODES);
export type AttendanceMode = z.infer<typeof attendanceModeSchema>;

/** Who runs meetings: schedules, starts, moves "now discussing", reorders the agenda, ends. */
export const MEETING_LEADS: readonly Role[] = ['ot', 'admin'];

const httpUrl = safeText({ max: 500 })
  .url()
  .refine((value) => /^https:\/\//i.test(value), 'Use an https:// link');

export const scheduleMeetingSchema = z.object({
  scheduledFor: dateTimeSchema,
  videoUrl: httpUrl.optional(),
  invitedUserIds: z.array(z.string().uuid()).max(50).default([]),
});
export type ScheduleMeeting = z.infer<typeof scheduleMeetingSchema>;

export const joinMeetingSchema = z.object({
  meetingId: z.string().uuid(),
  mode: attendanceModeSchema,
  interpreter: z.boolean().default(false),
});
export type JoinMeeting = z.infer<typeof joinMeetingSchema>;

export const AGENDA_KINDS = ['parent_input', 'thread', 'proposal', 'check', 'custom'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export interface AgendaItem {
  /** Stable across rebuilds: `<kind>:<id>`. */
  key: string;
  kind: AgendaKind;
  title: string;
  /** Where in the section it points (a fragment, a structured root, or `<root>/<recordId>`). */
  part: string | null;
  /** For threads and parent input: open, answered, resolved; for proposals: open; else null. */
  state: string | null;
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * The shape of an agenda key: `<kind>:<id>` for threads, parent input, proposals and the
 * facilitator's items, `check:<code>:<part>` for what the compliance panel flags. The shape only:
 * whether the key is on this meeting's agenda, and whether everyone in it may see what it names,
 * is the server's to check (MEETING_TARGET_UNKNOWN otherwise).
 */
export const agendaKeySchema = z
  .string()
  .max(200)
  .regex(
    new RegExp(`^(?:(?:parent_input|thread|proposal|custom):${UUID}|check:[a-z_]{1,60}:[A-Za-z0-9_./-]{0,120})$`),
    'an agenda item key',
  );

/**
 * A part of the section the facilitator may point at: a text part, a structured panel, or one of
 * its records (`goals/<recordId>`; the server checks that the record exists).
 */
export const meetingPartSchema = z.union([
  z.enum(SECTION_FRAGMENTS),
  z.enum(STRUCTURED_ROOTS),
  z
    .string()
    .regex(new RegExp(`^(?:${STRUCTURED_ROOTS.join('|')})/[A-Za-z0-9_-]{1,64}$`), 'a record reference like goals/<id>'),
]);

export const discussTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agenda'), key: agendaKeySchema }),
  z.object({ kind: z.literal('part'), part: meetingPartSchema }),
]);
export type DiscussTarget = z.infer<typeof discussTargetSchema>;

/** Path parameters of the meeting routes. */
export const meetingIdParamSchema = z.object({ meetingId: z.string().uuid() });
export const excusalParamSchema = meetingIdParamSchema.extend({ excusalId: z.string().uuid() });

export const discussSchema = z.object({ meetingId: z.string().uuid(), target: discussTargetSchema });
export const agendaOrderSchema = z.object({ order: z.array(agendaKeySchema).max(500) });
export const customAgendaItemSchema = z.object({ title: safeText({ min: 1, max: 300 }) });

export const excusalRequestSchema = z.object({
  userId: z.string().uuid(),
  /** IDEA 300.321(e)(2): when the member's area is discussed, their written input comes first. */
  areaDiscussed: z.boolean(),
});
export const excusalConsentSchema = z.object({ typedName: safeText({ min: 2, max: 120 }), agree: z.literal(true) });
export const excusalInputSchema = z.object({ text: safeText({ min: 1, max: 10_000 }) });

export interface ExcusalFacts {
  areaDiscussed: boolean;
  parentConsentAt: string | null;
  writtenInputAt: string | null;
}

/** What an excusal still lacks: the parent's written consent, and the member's input where needed. */
export function excusalMissing(e: ExcusalFacts): ('parent_consent' | 'written_input')[] {
  const missing: ('parent_consent' | 'written_input')[] = [];
  if (e.parentConsentAt === null) missing.push('parent_consent');
  if (e.areaDiscussed && e.writtenInputAt === null) missing.push('written_input');
  return missing;
}

export interface AttendanceSegment {
  userId: string;
  joinedAt: string;
  /** null while still in the meeting. */
  endedAt: string | null;
  /** How the stretch ended: left on purpose, lost connection, or the meeting ended. */
  endReason: 'left' | 'dropped' | 'ended' | null;
  mode: AttendanceMode;
  interpreter: boolean;
}

export interface AttendanceLine {
  userId: string;
  firstJoinedAt: string;
  lastLeftAt: string | null;
  minutes: number;
  modes: AttendanceMode[];
  interpreter: boolean;
  drops: number;
}

/**
 * The attendance page from joined stretches: one line per person, minutes present (overlaps counted
 * once), how they attended, whether an interpreter was there, and how often the connection dropped.
 */
export function attendanceLines(segments: readonly AttendanceSegment[], now: string): AttendanceLine[] {
  const byUser = new Map<string, AttendanceSegment[]>();
  for (const s of segments) byUser.set(s.userId, [...(byUser.get(s.userId) ?? []), s]);
  const lines: AttendanceLine[] = [];
  for (const [userId, list] of byUser) {
    const sorted = [...list].sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
    let ms = 0;
    let coveredUntil = 0;
    for (const s of sorted) {
      const start = Math.max(Date.parse(s.joinedAt), coveredUntil);
      const end = Date.parse(s.endedAt ?? now);
      if (end > start) ms += end - start;
      coveredUntil = Math.max(coveredUntil, end);
    }
    const open = sorted.some((s) => s.endedAt === null);
    const ends = sorted.flatMap((s) => (s.endedAt ? [s.endedAt] : [])).sort();
    lines.push({
      userId,
      firstJoinedAt: sorted[0]?.joinedAt ?? now,
      lastLeftAt: open ? null : (ends[ends.length - 1] ?? null),
      minutes: Math.round(ms / 60_000),
      modes: [...new Set(sorted.map((s) => s.mode))],
      interpreter: sorted.some((s) => s.interpreter),
      drops: sorted.filter((s) => s.endReason === 'dropped').length,
    });
  }
  return lines.sort((a, b) => a.firstJoinedAt.localeCompare(b.firstJoinedAt));
}

/** Seconds spent on each agenda item, adding the running item's time up to `now`. */
export function itemSeconds(
  timers: Record<string, number>,
  current: { key: string; since: string } | null,
  now: string,
): Record<string, number> {
  const out: Record<string, number> = { ...timers };
  if (current)
    out[current.key] =
      (out[current.key] ?? 0) + Math.max(0, Math.round((Date.parse(now) - Date.parse(current.since)) / 1000));
  return out;
}

/** Orders items by the facilitator's saved order; new items keep their built order at the end. */
export function orderAgenda(items: readonly AgendaItem[], order: readonly string[]): AgendaItem[] {
  const rank = new Map(order.map((key, i) => [key, i]));
  return items
    .map((item, i) => ({ item, r: rank.get(item.key) ?? order.length + i }))
    .sort((a, b) => a.r - b.r)
    .map(({ item }) => item);
}

export const participantSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: roleSchema,
  mode: attendanceModeSchema,
  interpreter: z.boolean(),
  /** present now, or dropped (lost connection: still expected back). */
  state: z.enum(['present', 'dropped']),
  since: z.string(),
});
export type Participant = z.infer<typeof participantSchema>;

export interface ExcusalView {
  id: string;
  userId: string;
  name: string;
  role: Role;
  areaDiscussed: boolean;
  parentConsentAt: string | null;
  parentConsentBy: string | null;
  writtenInput: string | null;
  writtenInputAt: string | null;
  /** Set once the facilitator confirmed it, which needs nothing missing. */
  confirmedAt: string | null;
  missing: ('parent_consent' | 'written_input')[];
}

export interface MeetingSummary {
  attendance: (AttendanceLine & { name: string; role: Role })[];
  excused: { name: string; role: Role; areaDiscussed: boolean; writtenInput: string | null }[];
  /** Decisions and changes; the lists fill as comments and proposals take part. */
  decisions: { kind: 'proposal_accepted' | 'proposal_rejected' | 'thread_resolved'; title: string }[];
  changes: { fragments: string[]; records: { root: string; change: string; title: string }[] };
  open: AgendaItem[];
  itemSeconds: Record<string, number>;
}

export interface MeetingState {
  id: string;
  sectionId: string;
  status: MeetingStatus;
  scheduledFor: string;
  videoUrl: string | null;
  facilitator: { userId: string; name: string } | null;
  startedAt: string | null;
  endedAt: string | null;
  invited: { userId: string; name: string; role: Role }[];
  participants: Participant[];
  agenda: AgendaItem[];
  nowDiscussing: { target: DiscussTarget; since: string } | null;
  /** Seconds per agenda key so far (the running item included at the time of this state). */
  itemSeconds: Record<string, number>;
  excusals: ExcusalView[];
  summary: MeetingSummary | null;
}
