import {
  clockTime,
  isMakeUpOwed,
  periodAround,
  type MissedReason,
  type ServiceMinutes,
  type ServiceMinutesRow,
  type ServiceRecord,
  type ServiceSessionView,
  type SessionStatus,
} from '@iep/shared';
import { cosignStatus } from '../../db/versioned-entries';
import type { SessionRow } from './service-log.repository';

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
const dayOf = (d: Date | undefined): string | null => (d ? isoDay(d) : null);
const reasonOf = (row: SessionRow): MissedReason | null => row.missedReason as MissedReason | null;
const owed = (row: SessionRow): boolean => isMakeUpOwed(row.status as SessionStatus, reasonOf(row));

/** Delivered and, for an OTA's entry, co-signed by the supervising OT: only this counts toward the minutes. */
export const countsAsDelivered = (row: SessionRow): boolean =>
  row.status === 'delivered' && (!row.needsCosign || row.cosignedAt !== null);

/** Delivered by an OTA and waiting for the co-signature. */
export const awaitingCosign = (row: SessionRow): boolean =>
  row.status === 'delivered' && row.needsCosign && row.cosignedAt === null;

/** What the caller may read of an entry, and what other entries say about it. */
export interface ViewContext {
  /** The reader reads notes the OT did not share (the providers and the administrator). */
  unsharedNotes: boolean;
  /** The entry id that makes each entry up. */
  madeUpBy: Map<string, string>;
  firstRecorded: Map<string, Date>;
  /** The day each owed entry's make-up is scheduled for. */
  makeUpDays: Map<string, Date>;
}

/** The make-ups of the current entries: missed entry id → the id of the entry that makes it up. */
export function makeUpLinks(rows: SessionRow[]): Map<string, string> {
  const links = new Map<string, string>();
  for (const r of rows) if (r.makeUpForId) links.set(r.makeUpForId, r.entryId);
  return links;
}

export function toView(row: SessionRow, ctx: ViewContext): ServiceSessionView {
  const madeUpById = ctx.madeUpBy.get(row.entryId) ?? null;
  const goalIds = Array.isArray(row.goalIds) ? row.goalIds.filter((g): g is string => typeof g === 'string') : [];
  return {
    id: row.entryId,
    sectionId: row.sectionId,
    version: row.entryVersion,
    serviceId: row.serviceId,
    date: isoDay(row.date),
    startTime: clockTime(row.startMinute),
    endTime: clockTime(row.endMinute),
    minutes: row.minutes,
    grouping: row.grouping as ServiceSessionView['grouping'],
    groupSize: row.groupSize,
    model: row.model as ServiceSessionView['model'],
    location: row.location,
    setting: row.setting as ServiceSessionView['setting'],
    goalIds,
    note: row.noteShared || ctx.unsharedNotes ? row.note : null,
    noteShared: row.noteShared,
    status: row.status as SessionStatus,
    missedReason: reasonOf(row),
    makeUpForId: row.makeUpForId,
    makeUpOwed: owed(row) && madeUpById === null,
    madeUpById,
    makeUpScheduledFor: owed(row) && madeUpById === null ? dayOf(ctx.makeUpDays.get(row.entryId)) : null,
    correctionReason: row.correctionReason,
    countsAsDelivered: countsAsDelivered(row),
    cosignStatus: cosignStatus(row),
    cosignedBy: row.cosignedByName,
    cosignedAt: row.cosignedAt?.toISOString() ?? null,
    recordedBy: { name: row.recordedByName, role: row.recordedByRole },
    recordedAt: row.recordedAt.toISOString(),
    firstRecordedAt: (ctx.firstRecorded.get(row.entryId) ?? row.recordedAt).toISOString(),
  };
}

/** Required against delivered for each service of the approved grid, in the period around `on`. */
export function minutesSummary(on: string, services: ServiceRecord[], rows: SessionRow[]): ServiceMinutes {
  const madeUp = makeUpLinks(rows);
  const openOwed = rows.filter((r) => owed(r) && !madeUp.has(r.entryId));
  const perService = services.map((service): ServiceMinutesRow => {
    const period = service.period ? periodAround(on, service.period) : null;
    const inPeriod = rows.filter((r) => {
      const day = isoDay(r.date);
      return r.serviceId === service.id && period !== null && day >= period.start && day <= period.end;
    });
    const delivered = inPeriod.filter(countsAsDelivered);
    const required =
      service.frequency !== null && service.minutes !== null ? service.frequency * service.minutes : null;
    return {
      serviceId: service.id,
      model: service.model,
      period: service.period,
      periodStart: period?.start ?? null,
      periodEnd: period?.end ?? null,
      sessionsRequired: service.frequency,
      minutesPerSession: service.minutes,
      requiredMinutes: required,
      deliveredMinutes: delivered.reduce((n, r) => n + r.minutes, 0),
      sessionsDelivered: delivered.length,
      sessionsMissed: inPeriod.filter((r) => r.status === 'missed').length,
      awaitingCosignMinutes: inPeriod.filter(awaitingCosign).reduce((n, r) => n + r.minutes, 0),
      makeUpsOwed: inPeriod.filter((r) => openOwed.includes(r)).length,
    };
  });
  return { on, services: perService, makeUpsOwed: openOwed.length };
}

export { owed as isOwed };
