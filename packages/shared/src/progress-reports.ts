import { z } from 'zod';
import { MEASURE_SCALES } from './goal-data';
import { calendarDateSchema, safeText } from './input';
import { NOTICE_LOCALES } from './notices';
import { roleSchema } from './schemas';

/**
 * Progress reports (issue 22, 34 CFR 300.320(a)(3)): on the plan's reporting schedule the OT reports
 * each goal's progress to the family — a progress code, the data of the period and a narrative the
 * server drafts from that data in the family's language. The OT edits and issues it; issued, it is
 * frozen, kept in the record and acknowledged by the family.
 */

/** How far a goal has come, in the words most report cards use. */
export const PROGRESS_CODES = ['not_begun', 'emerging', 'progressing', 'achieved'] as const;
export type ProgressCode = (typeof PROGRESS_CODES)[number];

export const PROGRESS_REPORT_STATUSES = ['draft', 'issued'] as const;
export type ProgressReportStatus = (typeof PROGRESS_REPORT_STATUSES)[number];

/** Draft a report for a period: the server fills in each goal of the plan from its data. */
export const createProgressReportRequestSchema = z
  .object({ periodStart: calendarDateSchema, periodEnd: calendarDateSchema })
  .strict();
export type CreateProgressReportRequest = z.output<typeof createProgressReportRequestSchema>;

const goalIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'Not a record id');

/** The OT's edit of one goal's entry: the code and the narrative. */
export const progressGoalEditSchema = z
  .object({
    goalId: goalIdSchema,
    code: z.enum(PROGRESS_CODES),
    narrative: safeText({ max: 4000 }),
  })
  .strict();
export type ProgressGoalEdit = z.output<typeof progressGoalEditSchema>;

export const updateProgressReportRequestSchema = z
  .object({ goals: z.array(progressGoalEditSchema).min(1).max(50) })
  .strict();
export type UpdateProgressReportRequest = z.output<typeof updateProgressReportRequestSchema>;

export const progressReportIdParamSchema = z.object({ id: z.string().uuid() });

/** A data point as the report keeps it: frozen with the report, whatever later corrections say. */
export const progressPointSchema = z.object({ date: z.string(), value: z.number() });
export type ProgressPoint = z.infer<typeof progressPointSchema>;

export const progressGoalSchema = z.object({
  goalId: z.string(),
  /** The goal as the plan words it (condition, behaviour, criterion). */
  goalText: z.string(),
  scale: z.enum(MEASURE_SCALES).nullable(),
  target: z.number().nullable(),
  baseline: z.number().nullable(),
  points: z.array(progressPointSchema),
  code: z.enum(PROGRESS_CODES),
  narrative: z.string(),
});
export type ProgressGoal = z.infer<typeof progressGoalSchema>;

export const progressReportViewSchema = z.object({
  id: z.string(),
  sectionId: z.string(),
  status: z.enum(PROGRESS_REPORT_STATUSES),
  periodStart: z.string(),
  periodEnd: z.string(),
  /** The family's language, which the narratives were drafted in and the report is sent in. */
  locale: z.enum(NOTICE_LOCALES),
  goals: z.array(progressGoalSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  issuedAt: z.string().nullable(),
  issuedBy: z.object({ name: z.string(), role: roleSchema }).nullable(),
  receipts: z.array(z.object({ userId: z.string(), name: z.string(), acknowledgedAt: z.string() })),
});
export type ProgressReportView = z.infer<typeof progressReportViewSchema>;

export const progressReportListSchema = z.object({ reports: z.array(progressReportViewSchema) });
export type ProgressReportList = z.infer<typeof progressReportListSchema>;

/**
 * The reporting schedule, kept simple: a first due date, then every N weeks until the annual
 * review (e.g. every 9 weeks, with report cards). Setting it again replaces it.
 */
export const setProgressScheduleRequestSchema = z
  .object({ firstDue: calendarDateSchema, everyWeeks: z.number().int().min(1).max(52) })
  .strict();
export type SetProgressScheduleRequest = z.output<typeof setProgressScheduleRequestSchema>;

export const progressScheduleViewSchema = z.object({
  schedule: z
    .object({
      firstDue: z.string(),
      everyWeeks: z.number().int(),
      /** Every due date up to the annual review (at most 60). */
      dueDates: z.array(z.string()),
    })
    .nullable(),
});
export type ProgressScheduleView = z.infer<typeof progressScheduleViewSchema>;

const DAY = 86_400_000;

/** The due dates of a schedule: the first, then every N weeks, up to `until` (inclusive), at most 60. */
export function progressDueDates(firstDue: string, everyWeeks: number, until: string | null): string[] {
  const start = Date.parse(`${firstDue}T00:00:00Z`);
  const end = until === null ? start + 366 * DAY : Date.parse(`${until}T00:00:00Z`);
  const dates: string[] = [];
  for (let t = start; t <= end && dates.length < 60; t += everyWeeks * 7 * DAY)
    dates.push(new Date(t).toISOString().slice(0, 10));
  return dates;
}

/** How many days before a due date the dashboard reminds the OT. */
export const PROGRESS_REMINDER_DAYS = 7;

/** How many days after a due date the dashboard still says a report is overdue. */
export const PROGRESS_OVERDUE_DAYS = 14;

/**
 * The due dates the dashboard reminds of today: from 7 days before a date to 14 days after it,
 * unless a report was issued since the reminder opened (on or after the date less 7 days).
 */
export function progressReminders(
  dueDates: readonly string[],
  today: string,
  lastIssued: string | null,
): { dueDate: string; daysLeft: number; overdue: boolean }[] {
  const t = Date.parse(`${today}T00:00:00Z`);
  return dueDates.flatMap((dueDate) => {
    const d = Date.parse(`${dueDate}T00:00:00Z`);
    const daysLeft = Math.round((d - t) / DAY);
    if (daysLeft > PROGRESS_REMINDER_DAYS || daysLeft < -PROGRESS_OVERDUE_DAYS) return [];
    const opened = new Date(d - PROGRESS_REMINDER_DAYS * DAY).toISOString().slice(0, 10);
    if (lastIssued !== null && lastIssued >= opened) return [];
    return [{ dueDate, daysLeft, overdue: daysLeft < 0 }];
  });
}

/**
 * Present levels drafted from the year's records (issue 22): written into the section's present
 * levels as the caller's suggestion, which the OT accepts or rejects like any other.
 */
export const presentLevelsDraftSchema = z.object({
  suggestionId: z.string(),
  /** The section whose year it was drawn from: this one, or the student's previous plan's. */
  sourceSectionId: z.string(),
  from: z.string(),
  to: z.string(),
  paragraphs: z.array(z.string()),
});
export type PresentLevelsDraft = z.infer<typeof presentLevelsDraftSchema>;
