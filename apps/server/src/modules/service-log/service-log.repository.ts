import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { minuteOfDay, type Role, type ServiceSessionFields } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Tx } from '../../db/tx';
import type { ServiceSession } from '../../generated/prisma/client';

export type SessionRow = ServiceSession;

export interface Recorder {
  id: string;
  name: string;
  role: Role;
  /** The recorder's entries wait for a co-signature (an OTA). */
  needsCosign: boolean;
  /** The recorder co-signs OTAs' entries (the supervising OT). */
  supervises: boolean;
}

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
    noteStaffOnly: fields.noteStaffOnly,
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
  async lockSection(tx: Tx, sectionId: string): Promise<void> {
    await tx.$executeRaw`SELECT 1 FROM "OtSection" WHERE "id" = ${sectionId}::uuid FOR UPDATE`;
  }

  async recordIn(tx: Tx, sectionId: string, fields: ServiceSessionFields, by: Recorder): Promise<string> {
    const entryId = randomUUID();
    await tx.serviceSession.create({
      data: {
        entryId,
        entryVersion: 1,
        sectionId,
        ...rowData(fields),
        recordedById: by.id,
        recordedByName: by.name,
        recordedByRole: by.role,
        needsCosign: by.needsCosign,
      },
    });
    return entryId;
  }

  /** Co-signs one version if it is still current and not signed yet; false when someone got there first. */
  async cosignIn(tx: Tx, rowId: string, by: { id: string; name: string }): Promise<boolean> {
    const { count } = await tx.serviceSession.updateMany({
      where: { id: rowId, current: true, needsCosign: true, cosignedAt: null },
      data: { cosignedById: by.id, cosignedByName: by.name, cosignedAt: new Date() },
    });
    return count === 1;
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

  /**
   * Adds the next version of an entry and retires the one it corrects; false if that one was not
   * current any more. A correction of an OTA's entry needs a co-signature again; when the
   * supervising OT writes it, their own version is signed by them as it is written.
   */
  async correctIn(
    tx: Tx,
    previous: SessionRow,
    fields: ServiceSessionFields,
    reason: string,
    by: Recorder,
  ): Promise<boolean> {
    const retired = await tx.serviceSession.updateMany({
      where: { id: previous.id, current: true },
      data: { current: false },
    });
    if (retired.count !== 1) return false;
    await tx.serviceSession.create({
      data: {
        entryId: previous.entryId,
        entryVersion: previous.entryVersion + 1,
        sectionId: previous.sectionId,
        ...rowData(fields),
        correctionReason: reason,
        recordedById: by.id,
        recordedByName: by.name,
        recordedByRole: by.role,
        needsCosign: previous.needsCosign || by.needsCosign,
        ...(previous.needsCosign && by.supervises
          ? { cosignedById: by.id, cosignedByName: by.name, cosignedAt: new Date() }
          : {}),
      },
    });
    return true;
  }
}
