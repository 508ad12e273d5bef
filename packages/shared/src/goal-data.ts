import { z } from 'zod';
import { ErrorCode } from './errors';
import { calendarDateSchema, safeText } from './input';
import { roleSchema } from './schemas';
import { COSIGN_STATUSES } from './service-log';

/**
 * Goal data (issue 22): data points per goal of the approved plan, measured the way the goal's
 * criterion says ("4 of 5 trials", "80%", "level 4", "within 2 minutes"). Like the service log,
 * a point is corrected by a new version (the earlier ones kept) and never deleted.
 */

export const DATA_POINT_KINDS = ['trials', 'percentage', 'rubric', 'duration'] as const;
export type DataPointKind = (typeof DATA_POINT_KINDS)[number];

/** What a chart's vertical axis measures: trials and percentages share the percent scale. */
export const MEASURE_SCALES = ['percent', 'rubric', 'duration'] as const;
export type MeasureScale = (typeof MEASURE_SCALES)[number];

export const scaleOfKind = (kind: DataPointKind): MeasureScale =>
  kind === 'rubric' ? 'rubric' : kind === 'duration' ? 'duration' : 'percent';

export const RUBRIC_LEVELS = [1, 2, 3, 4, 5] as const;
/** The highest duration a point takes: a school day, in seconds. */
export const MAX_DURATION_SECONDS = 8 * 60 * 60;

/** The stable code of a value the schema refuses (correct over total, no trials, out of range). */
const valueIssue = { code: ErrorCode.DataPointValueInvalid };

const recordIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'Not a record id');

/** The measured value, by kind. Whole numbers for trials, levels and seconds. */
export const dataPointValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trials'), correct: z.number().int(), total: z.number().int() }).strict(),
  z.object({ kind: z.literal('percentage'), percentage: z.number().finite() }).strict(),
  z.object({ kind: z.literal('rubric'), level: z.number().int() }).strict(),
  z.object({ kind: z.literal('duration'), seconds: z.number().int() }).strict(),
]);
export type DataPointValue = z.infer<typeof dataPointValueSchema>;

/** Range checks as issues carrying the stable code, so the server answers with it and forms show them by field. */
function checkValue(v: DataPointValue, ctx: z.RefinementCtx): void {
  const issue = (field: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: ['value', field], message, params: valueIssue });
  switch (v.kind) {
    case 'trials':
      if (v.total < 1 || v.total > 1000) issue('total', 'Give the number of trials (1 to 1000)');
      if (v.correct < 0) issue('correct', 'Correct trials cannot be negative');
      else if (v.correct > v.total) issue('correct', 'Correct trials cannot be more than the trials');
      break;
    case 'percentage':
      if (v.percentage < 0 || v.percentage > 100) issue('percentage', 'Give a percentage from 0 to 100');
      break;
    case 'rubric':
      if (v.level < 1 || v.level > 5) issue('level', 'Give a level from 1 to 5');
      break;
    case 'duration':
      if (v.seconds < 1 || v.seconds > MAX_DURATION_SECONDS) issue('seconds', 'Give a duration up to a school day');
      break;
  }
}

/** What the OT fills in for one data point. The percentage of trials is computed by the server. */
export const dataPointFieldsSchema = z
  .object({
    goalId: recordIdSchema,
    date: calendarDateSchema,
    value: dataPointValueSchema,
    note: safeText({ max: 1000 }).default(''),
    /** The service log entry the point was taken in (null: recorded on its own). */
    sessionId: z.string().uuid().nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => checkValue(v.value, ctx));
export type DataPointFields = z.output<typeof dataPointFieldsSchema>;
export type DataPointInput = z.input<typeof dataPointFieldsSchema>;

export const createDataPointRequestSchema = dataPointFieldsSchema;

/** A correction: the whole point as it should read, and why it changed. */
export const correctDataPointRequestSchema = z
  .object({ point: dataPointFieldsSchema, reason: safeText({ min: 1, max: 500 }) })
  .strict();
export type CorrectDataPointRequest = z.output<typeof correctDataPointRequestSchema>;

export const dataPointIdParamSchema = z.object({ id: z.string().uuid() });

export const dataPointViewSchema = z.object({
  /** The point's id, the same across its corrections. */
  id: z.string(),
  sectionId: z.string(),
  goalId: z.string(),
  version: z.number().int(),
  date: z.string(),
  kind: z.enum(DATA_POINT_KINDS),
  correct: z.number().int().nullable(),
  total: z.number().int().nullable(),
  /** Given, or computed from the trials (one decimal). */
  percentage: z.number().nullable(),
  level: z.number().int().nullable(),
  seconds: z.number().int().nullable(),
  /** What the chart plots: the percentage, the level or the seconds. */
  value: z.number(),
  note: z.string(),
  sessionId: z.string().nullable(),
  correctionReason: z.string().nullable(),
  recordedBy: z.object({ name: z.string(), role: roleSchema }),
  recordedAt: z.string(),
  /** An OTA's point is final only once the supervising OT co-signed this version (as sessions are). */
  cosignStatus: z.enum(COSIGN_STATUSES),
  cosignedBy: z.string().nullable(),
  cosignedAt: z.string().nullable(),
});
export type DataPointView = z.infer<typeof dataPointViewSchema>;

export const goalDataSchema = z.object({ points: z.array(dataPointViewSchema) });
export type GoalData = z.infer<typeof goalDataSchema>;

export const dataPointVersionsSchema = z.object({ versions: z.array(dataPointViewSchema) });
export type DataPointVersions = z.infer<typeof dataPointVersionsSchema>;

/** A point that counts: an OT's, or an OTA's once co-signed. Charts' trends and report drafts use only these. */
export const isFinalPoint = (p: Pick<DataPointView, 'cosignStatus'>): boolean => p.cosignStatus !== 'awaiting';

/** The percentage of trials correct, to one decimal. */
export const trialsPercentage = (correct: number, total: number): number => Math.round((correct / total) * 1000) / 10;

/** The number a point plots on its scale. */
export function plotValue(v: DataPointValue): number {
  switch (v.kind) {
    case 'trials':
      return trialsPercentage(v.correct, v.total);
    case 'percentage':
      return v.percentage;
    case 'rubric':
      return v.level;
    case 'duration':
      return v.seconds;
  }
}

/** A reading of a goal's text on a scale: "4 of 5" → 80 (percent), "level 3" → 3, "2 minutes" → 120 (seconds). */
export interface MeasureReading {
  scale: MeasureScale;
  value: number;
}

const RUBRIC = /\b(?:level|nivel)\s*([1-5])\b/i;
const TRIALS = /(\d+)\s*(?:of|out of|de)\s*(\d+)/i;
const PERCENT = /(\d+(?:[.,]\d+)?)\s*%/;
const DURATION = /(\d+(?:[.,]\d+)?)\s*(seconds?|secs?|segundos?|minutes?|mins?|minutos?)\b/i;

const num = (s: string): number => Number(s.replace(',', '.'));

function readOn(scale: MeasureScale, text: string): MeasureReading | null {
  if (scale === 'rubric') {
    const m = RUBRIC.exec(text);
    return m?.[1] ? { scale, value: Number(m[1]) } : null;
  }
  if (scale === 'percent') {
    const t = TRIALS.exec(text);
    if (t?.[1] && t[2] && Number(t[2]) > 0 && Number(t[1]) <= Number(t[2]))
      return { scale, value: trialsPercentage(Number(t[1]), Number(t[2])) };
    const p = PERCENT.exec(text);
    return p?.[1] && num(p[1]) <= 100 ? { scale, value: num(p[1]) } : null;
  }
  const d = DURATION.exec(text);
  if (!d?.[1] || !d[2]) return null;
  return { scale, value: Math.round(num(d[1]) * (/^s/i.test(d[2]) ? 1 : 60)) };
}

/** Reads a goal's text on the first scale it names: a rubric level, trials or a percentage, then a duration. */
export function readMeasure(text: string): MeasureReading | null {
  for (const scale of ['rubric', 'percent', 'duration'] as const) {
    const reading = readOn(scale, text);
    if (reading) return reading;
  }
  return null;
}

/** How a goal is measured, as far as its criterion says: the scale, the criterion's and the baseline's values. */
export interface GoalMeasure {
  /** Null when the criterion names no measure: then the goal's earlier points set the scale. */
  scale: MeasureScale | null;
  target: number | null;
  baseline: number | null;
}

export function goalMeasure(goal: { criterion: string | null; baseline: string | null }): GoalMeasure {
  const target = readMeasure(goal.criterion ?? '');
  if (!target) {
    const baseline = readMeasure(goal.baseline ?? '');
    return { scale: baseline?.scale ?? null, target: null, baseline: baseline?.value ?? null };
  }
  return {
    scale: target.scale,
    target: target.value,
    baseline: readOn(target.scale, goal.baseline ?? '')?.value ?? null,
  };
}

/** The kinds a goal takes: those of its scale, or of its earlier points, or any. */
export function kindsFor(measure: GoalMeasure, earlier: readonly DataPointKind[] = []): DataPointKind[] {
  const scale = measure.scale ?? (earlier[0] ? scaleOfKind(earlier[0]) : null);
  return scale === null ? [...DATA_POINT_KINDS] : DATA_POINT_KINDS.filter((k) => scaleOfKind(k) === scale);
}

/** The least-squares line through points (x in days): null with fewer than two distinct days. */
export function trendLine(points: readonly { x: number; y: number }[]): { slope: number; intercept: number } | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  if (sxx === 0) return null;
  const slope = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
  return { slope, intercept: my - slope * mx };
}

/** Whole days since 1970 of an ISO date: the chart's x axis and the trend's. */
export const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
