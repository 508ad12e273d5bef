import { z } from 'zod';
import { calendarDateSchema } from './input';
import { SERVICE_MODELS, SERVICE_PERIODS } from './doc/services';
import { periodAround } from './service-log';

/**
 * The caseload dashboard (issue 22): for every student of the caller's caseload (the OT's teams, the
 * administrator's teams and districts) and every service of the approved grid, the minutes required
 * against delivered, the make-ups owed, and how far behind the service is and since when.
 *
 * "Behind" is a running balance over the periods that have ended since the plan started: each
 * period adds what it fell short by, a period with more than required (a make-up delivered later)
 * pays it back, and the balance never goes below zero. "Since" is the start of the period where the
 * present shortfall began. The current period is shown on its own: it is not over yet.
 */
export const caseloadQuerySchema = z.object({ on: calendarDateSchema.optional() }).strict();

export const caseloadRowSchema = z.object({
  studentId: z.string(),
  studentName: z.string(),
  sectionId: z.string(),
  serviceId: z.string(),
  model: z.enum(SERVICE_MODELS).nullable(),
  period: z.enum(SERVICE_PERIODS).nullable(),
  /** Minutes the grid requires per period (week or month). */
  requiredMinutes: z.number().int().nullable(),
  /** The period holding `on`: delivered so far. */
  currentPeriodStart: z.string().nullable(),
  currentDeliveredMinutes: z.number().int(),
  /** Delivered by an OTA and awaiting co-signature (in the current period): not counted yet. */
  awaitingCosignMinutes: z.number().int(),
  makeUpsOwed: z.number().int(),
  behindMinutes: z.number().int(),
  /** The start of the period where the present shortfall began; null when not behind. */
  behindSince: z.string().nullable(),
});
export type CaseloadRow = z.infer<typeof caseloadRowSchema>;

export const caseloadSchema = z.object({ on: z.string(), rows: z.array(caseloadRowSchema) });
export type Caseload = z.infer<typeof caseloadSchema>;

export interface PeriodTally {
  start: string;
  end: string;
  delivered: number;
}

/** The periods (week from Monday, or month) from the first whole one on or after `from` to the one holding `on`. */
export function periodsBetween(
  from: string,
  on: string,
  period: (typeof SERVICE_PERIODS)[number],
): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  let p = periodAround(from, period);
  // A plan that starts mid-period owes from the first whole period: a part period has no fair share.
  if (p.start < from) p = periodAround(nextDay(p.end), period);
  while (p.start <= on && out.length < 600) {
    out.push(p);
    p = periodAround(nextDay(p.end), period);
  }
  return out;
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The running shortfall over ended periods, and the start of the period where it began. */
export function behindBalance(
  required: number,
  ended: readonly PeriodTally[],
): { behindMinutes: number; behindSince: string | null } {
  let balance = 0;
  let since: string | null = null;
  for (const p of ended) {
    const next = Math.max(0, balance + required - p.delivered);
    if (balance === 0 && next > 0) since = p.start;
    if (next === 0) since = null;
    balance = next;
  }
  return { behindMinutes: balance, behindSince: since };
}
