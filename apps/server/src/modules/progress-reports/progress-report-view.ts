import { progressGoalSchema, type ProgressGoal, type ProgressReportView } from '@iep/shared';
import { localeOf } from '../notices/notice-view';
import type { ReportRow } from './progress-reports.repository';

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** The stored goals, each checked (a row written by an older build still reads). */
export function goalsOf(json: unknown): ProgressGoal[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item) => {
    const parsed = progressGoalSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function toReportView(row: ReportRow): ProgressReportView {
  return {
    id: row.id,
    sectionId: row.sectionId,
    status: row.status === 'issued' ? 'issued' : 'draft',
    periodStart: isoDay(row.periodStart),
    periodEnd: isoDay(row.periodEnd),
    locale: localeOf(row.locale),
    goals: goalsOf(row.goals),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    issuedAt: row.issuedAt ? row.issuedAt.toISOString() : null,
    issuedBy: row.issuedByName && row.issuedByRole ? { name: row.issuedByName, role: row.issuedByRole } : null,
    receipts: row.receipts.map((r) => ({
      userId: r.userId,
      name: r.name,
      acknowledgedAt: r.acknowledgedAt.toISOString(),
    })),
  };
}
