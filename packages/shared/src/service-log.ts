import { z } from 'zod';
import { calendarDateSchema, safeText } from './input';
import { roleSchema } from './schemas';
import { SERVICE_GROUPINGS, SERVICE_PERIODS, SERVICE_MODELS } from './doc/services';

/**
 * The service log (issue 22): once the OT section is approved, the OT records each session it
 * delivered or missed, against the service grid of the approved plan. An entry is corrected (a
 * new version, the earlier ones kept) and never deleted. Missed sessions the school owes (the
 * provider was absent, a school event) are make-ups owed until a make-up session names them.
 */

/** How the session was delivered: the service grid's models a single session can have. */
export const SESSION_MODELS = [
  'direct_pull_out',
  'push_in',
  'consultation',
] as const satisfies readonly (typeof SERVICE_MODELS)[number][];
export const SESSION_SETTINGS = ['in_person', 'remote'] as const;
export const SESSION_STATUSES = ['delivered', 'missed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const MISSED_REASONS = [
  'student_absent',
  'student_refused',
  'student_unavailable',
  'provider_absent',
  'school_event',
] as const;
export type MissedReason = (typeof MISSED_REASONS)[number];

/** The reasons that are the school's: such a missed session is owed to the student as a make-up. */
export const SCHOOL_MISSED_REASONS: readonly MissedReason[] = ['provider_absent', 'school_event'];
export const isMakeUpOwed = (status: SessionStatus, reason: MissedReason | null): boolean =>
  status === 'missed' && reason !== null && SCHOOL_MISSED_REASONS.includes(reason);

/** A clock time in the school's day, "HH:MM" (00:00 to 23:59). */
export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time as HH:MM (00:00 to 23:59)')
  .meta({ example: '09:30' });

/** Minutes since midnight of an "HH:MM" time. */
export function minuteOfDay(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** "HH:MM" of minutes since midnight. */
export function clockTime(minute: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** The id of a record of the section's document (a goal, a service): letters, digits and dashes. */
const recordIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'Not a record id');

/** What the OT fills in for one session. Minutes are computed by the server from the times. */
export const serviceSessionFieldsSchema = z
  .object({
    /** The service of the grid this session counts toward (null: not counted against a service). */
    serviceId: recordIdSchema.nullable().default(null),
    date: calendarDateSchema,
    startTime: clockTimeSchema,
    endTime: clockTimeSchema,
    grouping: z.enum(SERVICE_GROUPINGS),
    /** The number of students in a group session, this one included. */
    groupSize: z.number().int().min(2).max(12).nullable().default(null),
    model: z.enum(SESSION_MODELS),
    location: safeText({ max: 200 }).default(''),
    setting: z.enum(SESSION_SETTINGS),
    goalIds: z.array(recordIdSchema).max(30).default([]),
    note: safeText({ max: 2000 }).default(''),
    /** The OT shares the note with the family and the teachers; not shared, only the providers read it. */
    noteShared: z.boolean().default(false),
    status: z.enum(SESSION_STATUSES),
    missedReason: z.enum(MISSED_REASONS).nullable().default(null),
    /** The missed (and owed) entry this session makes up. */
    makeUpForId: z.string().uuid().nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.grouping === 'group' && v.groupSize === null)
      ctx.addIssue({ code: 'custom', path: ['groupSize'], message: 'A group session needs its size' });
    if (v.grouping === 'individual' && v.groupSize !== null)
      ctx.addIssue({ code: 'custom', path: ['groupSize'], message: 'An individual session has no group size' });
    if (v.status === 'missed' && v.missedReason === null)
      ctx.addIssue({ code: 'custom', path: ['missedReason'], message: 'Say why the session was missed' });
    if (v.status === 'delivered' && v.missedReason !== null)
      ctx.addIssue({ code: 'custom', path: ['missedReason'], message: 'A delivered session has no missed reason' });
    if (v.status === 'missed' && v.makeUpForId !== null)
      ctx.addIssue({ code: 'custom', path: ['makeUpForId'], message: 'Only a delivered session makes one up' });
    if (new Set(v.goalIds).size !== v.goalIds.length)
      ctx.addIssue({ code: 'custom', path: ['goalIds'], message: 'A goal is listed twice' });
  });
export type ServiceSessionFields = z.output<typeof serviceSessionFieldsSchema>;
export type ServiceSessionInput = z.input<typeof serviceSessionFieldsSchema>;

export const createServiceSessionRequestSchema = serviceSessionFieldsSchema;

/** A correction: the whole entry as it should read, and why it changed. */
export const correctServiceSessionRequestSchema = z
  .object({ entry: serviceSessionFieldsSchema, reason: safeText({ min: 1, max: 500 }) })
  .strict();
export type CorrectServiceSessionRequest = z.output<typeof correctServiceSessionRequestSchema>;

export const serviceSessionIdParamSchema = z.object({ id: z.string().uuid() });

/** Co-signing names the version it read, so a correction made meanwhile is not signed unseen. */
export const cosignServiceSessionRequestSchema = z.object({ version: z.number().int().min(1).max(10_000) }).strict();
export type CosignServiceSessionRequest = z.output<typeof cosignServiceSessionRequestSchema>;

/** An OTA's entry waits for the supervising OT; an OT's needs nobody. */
export const COSIGN_STATUSES = ['not_needed', 'awaiting', 'cosigned'] as const;
export type CosignStatus = (typeof COSIGN_STATUSES)[number];

/** The OT schedules a make-up owed for a day (again to move it). */
export const scheduleMakeUpRequestSchema = z.object({ date: calendarDateSchema }).strict();
export type ScheduleMakeUpRequest = z.output<typeof scheduleMakeUpRequestSchema>;

export const serviceMinutesQuerySchema = z.object({ on: calendarDateSchema.optional() }).strict();

export const serviceSessionViewSchema = z.object({
  /** The entry's id, the same across its corrections. */
  id: z.string(),
  sectionId: z.string(),
  /** 1 for the first recording, then one more per correction. */
  version: z.number().int(),
  serviceId: z.string().nullable(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  minutes: z.number().int(),
  grouping: z.enum(SERVICE_GROUPINGS),
  groupSize: z.number().int().nullable(),
  model: z.enum(SESSION_MODELS),
  location: z.string(),
  setting: z.enum(SESSION_SETTINGS),
  goalIds: z.array(z.string()),
  /** Null for a reader who may not read it (the family and teachers, when the OT did not share it). */
  note: z.string().nullable(),
  noteShared: z.boolean(),
  status: z.enum(SESSION_STATUSES),
  missedReason: z.enum(MISSED_REASONS).nullable(),
  makeUpForId: z.string().nullable(),
  /** Missed for the school's reason and not made up yet. */
  makeUpOwed: z.boolean(),
  /** The entry that made this one up. */
  madeUpById: z.string().nullable(),
  /** For a make-up owed: the day the school scheduled it for (null: not scheduled yet). */
  makeUpScheduledFor: z.string().nullable(),
  correctionReason: z.string().nullable(),
  /** Delivered and, for an OTA's entry, co-signed: only then does it count toward the minutes. */
  countsAsDelivered: z.boolean(),
  cosignStatus: z.enum(COSIGN_STATUSES),
  cosignedBy: z.string().nullable(),
  cosignedAt: z.string().nullable(),
  recordedBy: z.object({ name: z.string(), role: roleSchema }),
  recordedAt: z.string(),
  firstRecordedAt: z.string(),
});
export type ServiceSessionView = z.infer<typeof serviceSessionViewSchema>;

export const serviceLogSchema = z.object({ entries: z.array(serviceSessionViewSchema) });
export type ServiceLog = z.infer<typeof serviceLogSchema>;

export const serviceSessionVersionsSchema = z.object({ versions: z.array(serviceSessionViewSchema) });
export type ServiceSessionVersions = z.infer<typeof serviceSessionVersionsSchema>;

/** One service of the approved grid, in the period around a date. */
export const serviceMinutesRowSchema = z.object({
  serviceId: z.string(),
  model: z.enum(SERVICE_MODELS).nullable(),
  period: z.enum(SERVICE_PERIODS).nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  /** Sessions per period, and minutes per session, as the grid states them. */
  sessionsRequired: z.number().int().nullable(),
  minutesPerSession: z.number().int().nullable(),
  requiredMinutes: z.number().int().nullable(),
  deliveredMinutes: z.number().int(),
  sessionsDelivered: z.number().int(),
  sessionsMissed: z.number().int(),
  /** Delivered by an OTA and awaiting the supervising OT's co-signature: not counted yet. */
  awaitingCosignMinutes: z.number().int(),
  /** Missed in this period for the school's reason and not yet made up. */
  makeUpsOwed: z.number().int(),
});
export type ServiceMinutesRow = z.infer<typeof serviceMinutesRowSchema>;

export const serviceMinutesSchema = z.object({
  on: z.string(),
  services: z.array(serviceMinutesRowSchema),
  /** Every make-up owed on the section, whatever the period. */
  makeUpsOwed: z.number().int(),
});
export type ServiceMinutes = z.infer<typeof serviceMinutesSchema>;

/** The calendar period (week from Monday, or month) holding a date, as inclusive ISO dates. */
export function periodAround(date: string, period: (typeof SERVICE_PERIODS)[number]): { start: string; end: string } {
  const d = new Date(`${date}T00:00:00Z`);
  const iso = (x: Date) => x.toISOString().slice(0, 10);
  if (period === 'month') {
    const start = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
    const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    return { start: iso(start), end: iso(end) };
  }
  const fromMonday = (d.getUTCDay() + 6) % 7;
  const start = new Date(d.getTime() - fromMonday * 86_400_000);
  return { start: iso(start), end: iso(new Date(start.getTime() + 6 * 86_400_000)) };
}

/** The family's month in plain words: "Sessions this month: 6 of 8 (2 missed, make-up scheduled for Friday)". */
export interface MonthSummary {
  /** Sessions counted as delivered in the month (an OTA's once co-signed). */
  delivered: number;
  /** Sessions the grid plans in the month (null when the grid states no frequency). */
  planned: number | null;
  missed: number;
  /** Make-ups owed (whatever their month), and the earliest day one of them is scheduled for. */
  owed: number;
  nextMakeUp: string | null;
  /** Make-ups owed that have no day yet. */
  unscheduled: number;
}

/** The Mondays of a month: the weeks that a weekly frequency counts in it. */
function weeksStarting(month: string): number {
  const [y = 0, m = 1] = month.split('-').map(Number);
  let n = 0;
  for (let d = new Date(Date.UTC(y, m - 1, 1)); d.getUTCMonth() === m - 1; d = new Date(d.getTime() + 86_400_000))
    if (d.getUTCDay() === 1) n++;
  return n;
}

/**
 * The month (YYYY-MM) of the log against the grid: a monthly service plans its frequency, a weekly
 * one its frequency in each week starting that month.
 */
export function monthSummary(
  month: string,
  services: readonly { frequency: number | null; period: (typeof SERVICE_PERIODS)[number] | null }[],
  entries: readonly Pick<
    ServiceSessionView,
    'date' | 'status' | 'countsAsDelivered' | 'makeUpOwed' | 'makeUpScheduledFor'
  >[],
  today: string,
): MonthSummary {
  const inMonth = entries.filter((e) => e.date.slice(0, 7) === month);
  const counted = services.filter((s) => s.frequency !== null && s.period !== null);
  const planned =
    counted.length === 0
      ? null
      : counted.reduce((n, s) => n + (s.frequency ?? 0) * (s.period === 'week' ? weeksStarting(month) : 1), 0);
  const owed = entries.filter((e) => e.makeUpOwed);
  const days = owed
    .map((e) => e.makeUpScheduledFor)
    .filter((d): d is string => d !== null && d >= today)
    .sort();
  return {
    delivered: inMonth.filter((e) => e.countsAsDelivered).length,
    planned,
    missed: inMonth.filter((e) => e.status === 'missed').length,
    owed: owed.length,
    nextMakeUp: days[0] ?? null,
    unscheduled: owed.filter((e) => e.makeUpScheduledFor === null).length,
  };
}
