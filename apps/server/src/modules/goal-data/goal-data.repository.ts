import { Injectable } from '@nestjs/common';
import { trialsPercentage, type DataPointFields } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Tx } from '../../db/tx';
import {
  cosignVersion,
  firstVersion,
  lockSection,
  nextVersion,
  retireVersion,
  type EntryRecorder,
} from '../../db/versioned-entries';
import type { GoalDataPoint } from '../../generated/prisma/client';

/** Who records a data point: an OTA's wait for the supervising OT's co-signature, as sessions do. */
export type Recorder = EntryRecorder;

export type PointRow = GoalDataPoint;

const dateOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The row's value columns: only the kind's own are set; the percentage of trials is computed here. */
const rowData = (f: DataPointFields) => {
  const v = f.value;
  return {
    goalId: f.goalId,
    date: dateOf(f.date),
    kind: v.kind,
    correct: v.kind === 'trials' ? v.correct : null,
    total: v.kind === 'trials' ? v.total : null,
    percentage:
      v.kind === 'trials' ? trialsPercentage(v.correct, v.total) : v.kind === 'percentage' ? v.percentage : null,
    level: v.kind === 'rubric' ? v.level : null,
    seconds: v.kind === 'duration' ? v.seconds : null,
    note: f.note,
    sessionId: f.sessionId,
  };
};

/** Data access for goal data. Rows are versions of points: added and marked superseded, never deleted. */
@Injectable()
export class GoalDataRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The current version of every point of a section, oldest first (the order a chart draws). */
  current(sectionId: string, tx: Tx = this.prisma.client): Promise<PointRow[]> {
    return tx.goalDataPoint.findMany({
      where: { sectionId, current: true },
      orderBy: [{ date: 'asc' }, { recordedAt: 'asc' }],
    });
  }

  find(entryId: string, tx: Tx = this.prisma.client): Promise<PointRow | null> {
    return tx.goalDataPoint.findFirst({ where: { entryId, current: true } });
  }

  versions(entryId: string): Promise<PointRow[]> {
    return this.prisma.client.goalDataPoint.findMany({ where: { entryId }, orderBy: { entryVersion: 'asc' } });
  }

  /** The kinds of a goal's current points (but for `except`), to keep one scale per goal. */
  async kindsOf(tx: Tx, sectionId: string, goalId: string, except: string | null): Promise<string[]> {
    const rows = await tx.goalDataPoint.findMany({
      where: { sectionId, goalId, current: true, ...(except ? { entryId: { not: except } } : {}) },
      select: { kind: true },
      distinct: ['kind'],
    });
    return rows.map((r) => r.kind);
  }

  /** The current version of a service log entry, to link a point to the session it was taken in. */
  session(tx: Tx, entryId: string) {
    return tx.serviceSession.findFirst({
      where: { entryId, current: true },
      select: { sectionId: true, date: true, status: true },
    });
  }

  lockSection(tx: Tx, sectionId: string): Promise<void> {
    return lockSection(tx, sectionId);
  }

  cosignIn(tx: Tx, rowId: string, by: { id: string; name: string }): Promise<boolean> {
    return cosignVersion(tx, 'GoalDataPoint', rowId, by);
  }

  async recordIn(tx: Tx, sectionId: string, fields: DataPointFields, by: Recorder): Promise<string> {
    const row = await tx.goalDataPoint.create({ data: { sectionId, ...rowData(fields), ...firstVersion(by) } });
    return row.entryId;
  }

  /** Adds the next version and retires the one it corrects; false if that one was not current any more. */
  async correctIn(tx: Tx, previous: PointRow, fields: DataPointFields, reason: string, by: Recorder): Promise<boolean> {
    if (!(await retireVersion(tx, 'GoalDataPoint', previous.id))) return false;
    await tx.goalDataPoint.create({ data: { ...rowData(fields), ...nextVersion(by, previous, reason) } });
    return true;
  }
}
