import { Injectable } from '@nestjs/common';
import { minuteOfDay, type ServiceSessionFields } from '@iep/shared';
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
import type { MakeUpSchedule, ServiceSession } from '../../generated/prisma/client';

export type SessionRow = ServiceSession;
export type Recorder = EntryRecorder;

const dateOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const rowData = (fields: ServiceSessionFields) => {
  const startMinute = minuteOfDay(fields.startTime);
  const endMinute = minuteOfDay(fields.endTime);
  return {
    serviceId: fields.serviceId,
    date: dateOf(fields.date),
    startMinute,
    endMinute,
    minutes: endMinute - startMinute,
    grouping: fields.grouping,
    groupSize: fields.groupSize,
    model: fields.model,
    location: fields.location,
    setting: fields.setting,
    goalIds: fields.goalIds,
    note: fields.note,
    noteShared: fields.noteShared,
    status: fields.status,
    missedReason: fields.missedReason,
    makeUpForId: fields.makeUpForId,
  };
};

/** Data access for the service log. Rows are versions of entries: added and marked superseded, never deleted. */
@Injectable()
export class ServiceLogRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The current version of every entry of a section, newest session first. */
  current(sectionId: string): Promise<SessionRow[]> {
    return this.prisma.client.serviceSession.findMany({
      where: { sectionId, current: true },
      orderBy: [{ date: 'desc' }, { startMinute: 'desc' }],
    });
  }

  /** The current version of one entry. */
  find(entryId: string, tx: Tx = this.prisma.client): Promise<SessionRow | null> {
    return tx.serviceSession.findFirst({ where: { entryId, current: true } });
  }

  /** Every version of one entry, first recording first. */
  versions(entryId: string): Promise<SessionRow[]> {
    return this.prisma.client.serviceSession.findMany({ where: { entryId }, orderBy: { entryVersion: 'asc' } });
  }

  /** When each entry was first recorded. */
  async firstRecorded(entryIds: string[]): Promise<Map<string, Date>> {
    const rows = await this.prisma.client.serviceSession.findMany({
      where: { entryId: { in: entryIds }, entryVersion: 1 },
      select: { entryId: true, recordedAt: true },
    });
    return new Map(rows.map((r) => [r.entryId, r.recordedAt]));
  }

  /** The student's delivered sessions that day (current versions), but for `except`. */
  sameDay(tx: Tx, sectionId: string, date: string, except: string | null): Promise<SessionRow[]> {
    return tx.serviceSession.findMany({
      where: {
        sectionId,
        current: true,
        status: 'delivered',
        date: dateOf(date),
        ...(except ? { entryId: { not: except } } : {}),
      },
    });
  }

  /** The current entry that makes up `entryId`, if any (but for `except`). */
  madeUpBy(tx: Tx, entryId: string, except: string | null): Promise<SessionRow | null> {
    return tx.serviceSession.findFirst({
      where: { makeUpForId: entryId, current: true, ...(except ? { entryId: { not: except } } : {}) },
    });
  }

  /** Locks the section's log for the rest of the transaction, so checks and writes are not raced. */
  lockSection(tx: Tx, sectionId: string): Promise<void> {
    return lockSection(tx, sectionId);
  }

  cosignIn(tx: Tx, rowId: string, by: { id: string; name: string }): Promise<boolean> {
    return cosignVersion(tx, 'ServiceSession', rowId, by);
  }

  async recordIn(tx: Tx, sectionId: string, fields: ServiceSessionFields, by: Recorder): Promise<string> {
    const row = await tx.serviceSession.create({ data: { sectionId, ...rowData(fields), ...firstVersion(by) } });
    return row.entryId;
  }

  /** The make-ups scheduled on a section's owed entries: entry id → the day. */
  async makeUpDays(sectionId: string): Promise<Map<string, Date>> {
    const rows = await this.prisma.client.makeUpSchedule.findMany({ where: { sectionId } });
    return new Map(rows.map((r) => [r.entryId, r.date]));
  }

  /** Schedules (or moves) the make-up of an owed entry. */
  scheduleMakeUpIn(tx: Tx, row: SessionRow, date: string, by: { id: string; name: string }): Promise<MakeUpSchedule> {
    const fields = { date: dateOf(date), scheduledById: by.id, scheduledByName: by.name, scheduledAt: new Date() };
    return tx.makeUpSchedule.upsert({
      where: { entryId: row.entryId },
      create: { entryId: row.entryId, sectionId: row.sectionId, ...fields },
      update: fields,
    });
  }

  /** The first version of each entry: who delivered and first recorded the session (the provider). */
  async firstVersions(entryIds: string[]): Promise<Map<string, SessionRow>> {
    const rows = await this.prisma.client.serviceSession.findMany({
      where: { entryId: { in: entryIds }, entryVersion: 1 },
    });
    return new Map(rows.map((r) => [r.entryId, r]));
  }

  /** The current versions of several sections' logs (the caseload and the billing export). */
  currentOf(sectionIds: string[], range?: { from: string; to: string }): Promise<SessionRow[]> {
    return this.prisma.client.serviceSession.findMany({
      where: {
        sectionId: { in: sectionIds },
        current: true,
        ...(range ? { date: { gte: dateOf(range.from), lte: dateOf(range.to) } } : {}),
      },
      orderBy: [{ date: 'asc' }, { startMinute: 'asc' }],
    });
  }

  /** Adds the next version of an entry and retires the one it corrects; false if that one was not current any more. */
  async correctIn(
    tx: Tx,
    previous: SessionRow,
    fields: ServiceSessionFields,
    reason: string,
    by: Recorder,
  ): Promise<boolean> {
    if (!(await retireVersion(tx, 'ServiceSession', previous.id))) return false;
    await tx.serviceSession.create({ data: { ...rowData(fields), ...nextVersion(by, previous, reason) } });
    return true;
  }
}
