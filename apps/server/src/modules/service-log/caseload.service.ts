import { Injectable } from '@nestjs/common';
import {
  behindBalance,
  can,
  periodAround,
  periodsBetween,
  readStructure,
  type Action,
  type Caseload,
  type CaseloadRow,
  type ServiceRecord,
} from '@iep/shared';
import { DocRegistry } from '../../collab/doc-registry';
import { AppError } from '../../common/app-error';
import type { AuthContext } from '../auth/auth.types';
import { AuditService, DISTRICT_ADMIN_ROLE, type AuditInput } from '../audit/audit.service';
import { awaitingCosign, countsAsDelivered, isOwed, makeUpLinks } from './service-log-view';
import { CaseloadRepository, type CaseloadStudent } from './caseload.repository';
import { ServiceLogRepository, type SessionRow } from './service-log.repository';

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** The students the caller may take `action` on (by team role, or as the district's administrator). */
export async function reachable(
  repo: CaseloadRepository,
  ctx: AuthContext,
  action: Action,
): Promise<CaseloadStudent[]> {
  const students = await repo.studentsOf(ctx.user.id);
  const allowed = students.filter((s) =>
    can({ userId: ctx.user.id, role: s.role, districtAdmin: s.districtAdmin }, action),
  );
  if (allowed.length === 0 && students.length > 0) throw AppError.forbidden();
  return allowed;
}

export const auditRole = (s: CaseloadStudent): string => s.role ?? DISTRICT_ADMIN_ROLE;

/**
 * The caseload dashboard: per student and service of the approved grid, minutes required against
 * delivered (co-signed where needed), make-ups owed, and how far behind since when, most behind first.
 */
@Injectable()
export class CaseloadService {
  constructor(
    private readonly students: CaseloadRepository,
    private readonly log: ServiceLogRepository,
    private readonly docs: DocRegistry,
    private readonly audit: AuditService,
  ) {}

  async forUser(ctx: AuthContext, on: string | undefined, ip: string | null): Promise<Caseload> {
    const day = on ?? isoDay(new Date());
    const students = await reachable(this.students, ctx, 'caseload.view');
    const rows: CaseloadRow[] = [];
    const audits: AuditInput[] = [];
    for (const student of students) {
      for (const section of student.sections) {
        const [services, sessions] = await Promise.all([
          this.docs.read(section.sectionId, (doc) => readStructure(doc).structure.services),
          this.log.current(section.sectionId),
        ]);
        const from = section.planStart ? isoDay(section.planStart) : null;
        for (const service of services) rows.push(this.row(student, section.sectionId, service, sessions, from, day));
        audits.push({
          action: 'service_log.caseload_read',
          actorId: ctx.user.id,
          actorRole: auditRole(student),
          studentId: student.studentId,
          sectionId: section.sectionId,
          detail: { on: day },
          ip,
        });
      }
    }
    await this.audit.recordMany(audits);
    rows.sort((a, b) => b.behindMinutes - a.behindMinutes || a.studentName.localeCompare(b.studentName));
    return { on: day, rows };
  }

  private row(
    student: CaseloadStudent,
    sectionId: string,
    service: ServiceRecord,
    sessions: SessionRow[],
    planStart: string | null,
    on: string,
  ): CaseloadRow {
    const mine = sessions.filter((r) => r.serviceId === service.id);
    const madeUp = makeUpLinks(sessions);
    const required =
      service.frequency !== null && service.minutes !== null ? service.frequency * service.minutes : null;
    const base: CaseloadRow = {
      studentId: student.studentId,
      studentName: `${student.firstName} ${student.lastName}`,
      sectionId,
      serviceId: service.id,
      model: service.model,
      period: service.period,
      requiredMinutes: required,
      currentPeriodStart: null,
      currentDeliveredMinutes: 0,
      awaitingCosignMinutes: 0,
      makeUpsOwed: mine.filter((r) => isOwed(r) && !madeUp.has(r.entryId)).length,
      behindMinutes: 0,
      behindSince: null,
    };
    if (service.period === null) return base;
    const inRange = (r: SessionRow, p: { start: string; end: string }) => {
      const d = isoDay(r.date);
      return d >= p.start && d <= p.end;
    };
    const deliveredIn = (p: { start: string; end: string }) =>
      mine.filter((r) => countsAsDelivered(r) && inRange(r, p)).reduce((n, r) => n + r.minutes, 0);
    const current = periodAround(on, service.period);
    const start =
      [planStart, service.startDate]
        .filter((d): d is string => d !== null)
        .sort()
        .at(-1) ?? null;
    const ended =
      start === null || required === null
        ? []
        : periodsBetween(start, on, service.period)
            .filter((p) => p.end < on && (service.endDate === null || p.start <= service.endDate))
            .map((p) => ({ ...p, delivered: deliveredIn(p) }));
    return {
      ...base,
      currentPeriodStart: current.start,
      currentDeliveredMinutes: deliveredIn(current),
      awaitingCosignMinutes: mine
        .filter((r) => awaitingCosign(r) && inRange(r, current))
        .reduce((n, r) => n + r.minutes, 0),
      ...(required === null ? {} : behindBalance(required, ended)),
    };
  }
}
