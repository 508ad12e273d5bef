import { randomUUID } from 'node:crypto';
import type { CosignStatus, Role } from '@iep/shared';
import { Prisma } from '../generated/prisma/client';
import type { Tx } from './tx';

/**
 * The records of the year that are versions of entries (issue 22): service log sessions and goal
 * data points. A recording adds version 1; a correction retires the current version and adds the
 * next; nothing is deleted. An OTA's version waits for the supervising OT's co-signature. The
 * repositories of both write through these, so the rule is written once.
 */
export type VersionedTable = 'ServiceSession' | 'GoalDataPoint';

/** What every version row carries besides its own fields. */
export interface VersionedRow {
  id: string;
  entryId: string;
  entryVersion: number;
  sectionId: string;
  needsCosign: boolean;
  cosignedAt: Date | null;
  cosignedByName: string | null;
  recordedByName: string;
}

export interface EntryRecorder {
  id: string;
  name: string;
  role: Role;
  /** The recorder's versions wait for a co-signature (an OTA). */
  needsCosign: boolean;
  /** The recorder co-signs OTAs' versions (the supervising OT). */
  supervises: boolean;
}

/** Whether a version waits for the supervising OT's co-signature, or has it, or never needed it. */
export const cosignStatus = (row: { needsCosign: boolean; cosignedAt: Date | null }): CosignStatus =>
  !row.needsCosign ? 'not_needed' : row.cosignedAt === null ? 'awaiting' : 'cosigned';

const table = (name: VersionedTable): Prisma.Sql => Prisma.raw(`"${name}"`);

/** The shared columns of the first version of a new entry. */
export function firstVersion(by: EntryRecorder) {
  return {
    entryId: randomUUID(),
    entryVersion: 1,
    recordedById: by.id,
    recordedByName: by.name,
    recordedByRole: by.role,
    needsCosign: by.needsCosign,
  };
}

/**
 * The shared columns of the version after `previous`. A correction of an OTA's entry needs a
 * co-signature again; written by the supervising OT, it is signed by them as it is written.
 */
export function nextVersion(by: EntryRecorder, previous: VersionedRow, reason: string) {
  return {
    entryId: previous.entryId,
    entryVersion: previous.entryVersion + 1,
    sectionId: previous.sectionId,
    correctionReason: reason,
    recordedById: by.id,
    recordedByName: by.name,
    recordedByRole: by.role,
    needsCosign: previous.needsCosign || by.needsCosign,
    ...(previous.needsCosign && by.supervises
      ? { cosignedById: by.id, cosignedByName: by.name, cosignedAt: new Date() }
      : {}),
  };
}

/** Locks the section's records for the rest of the transaction, so checks and writes are not raced. */
export async function lockSection(tx: Tx, sectionId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "OtSection" WHERE "id" = ${sectionId}::uuid FOR UPDATE`;
}

/** Retires a version if it is still current; false when a correction got there first. */
export async function retireVersion(tx: Tx, name: VersionedTable, rowId: string): Promise<boolean> {
  const count =
    await tx.$executeRaw`UPDATE ${table(name)} SET "current" = false WHERE "id" = ${rowId}::uuid AND "current"`;
  return count === 1;
}

/** Co-signs one version (the time in UTC, as Prisma writes times) if it is current, needs it and is not signed yet; false when someone got there first. */
export async function cosignVersion(
  tx: Tx,
  name: VersionedTable,
  rowId: string,
  by: { id: string; name: string },
): Promise<boolean> {
  const count = await tx.$executeRaw`UPDATE ${table(name)}
    SET "cosignedById" = ${by.id}::uuid, "cosignedByName" = ${by.name}, "cosignedAt" = (now() AT TIME ZONE 'UTC')
    WHERE "id" = ${rowId}::uuid AND "current" AND "needsCosign" AND "cosignedAt" IS NULL`;
  return count === 1;
}
