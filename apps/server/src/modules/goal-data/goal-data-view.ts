import type { DataPointKind, DataPointView } from '@iep/shared';
import { cosignStatus } from '../../db/versioned-entries';
import type { PointRow } from './goal-data.repository';

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** What the chart plots of a row: the percentage, the level or the seconds. */
function plotted(row: PointRow): number {
  if (row.kind === 'rubric') return row.level ?? 0;
  if (row.kind === 'duration') return row.seconds ?? 0;
  return row.percentage ?? 0;
}

export function toPointView(row: PointRow): DataPointView {
  return {
    id: row.entryId,
    sectionId: row.sectionId,
    goalId: row.goalId,
    version: row.entryVersion,
    date: isoDay(row.date),
    kind: row.kind as DataPointKind,
    correct: row.correct,
    total: row.total,
    percentage: row.percentage,
    level: row.level,
    seconds: row.seconds,
    value: plotted(row),
    note: row.note,
    sessionId: row.sessionId,
    correctionReason: row.correctionReason,
    recordedBy: { name: row.recordedByName, role: row.recordedByRole },
    recordedAt: row.recordedAt.toISOString(),
    cosignStatus: cosignStatus(row),
    cosignedBy: row.cosignedByName,
    cosignedAt: row.cosignedAt?.toISOString() ?? null,
  };
}
