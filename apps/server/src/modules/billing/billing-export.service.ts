import { HttpStatus, Injectable } from '@nestjs/common';
import {
  BILLING_COLUMNS,
  clockTime,
  consentInForce,
  csvLine,
  ErrorCode,
  readStructure,
  type GoalRecord,
} from '@iep/shared';
import { DocRegistry } from '../../collab/doc-registry';
import { AppError } from '../../common/app-error';
import type { AuthContext } from '../auth/auth.types';
import { AuditService, type AuditInput } from '../audit/audit.service';
import { auditRole, reachable } from '../service-log/caseload.service';
import { CaseloadRepository } from '../service-log/caseload.repository';
import { awaitingCosign, countsAsDelivered } from '../service-log/service-log-view';
import { ServiceLogRepository, type SessionRow } from '../service-log/service-log.repository';
import { BillingRepository } from './billing.repository';
import { consentView } from './consent.service';

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

export interface BillingExport {
  csv: string;
  rows: number;
  omittedNoConsent: number;
  omittedAwaitingCosign: number;
}

/**
 * The school-based Medicaid export: one CSV row per delivered session in the range (an OTA's only
 * once co-signed), for students whose family's consent was in force on the session's date. The
 * sessions left out are counted, not listed: the response headers say how many.
 */
@Injectable()
export class BillingExportService {
  constructor(
    private readonly students: CaseloadRepository,
    private readonly log: ServiceLogRepository,
    private readonly consents: BillingRepository,
    private readonly docs: DocRegistry,
    private readonly audit: AuditService,
  ) {}

  async export(ctx: AuthContext, from: string, to: string, ip: string | null): Promise<BillingExport> {
    if (to < from || Date.parse(to) - Date.parse(from) > 366 * DAY_MS)
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.BillingRangeInvalid,
        'Export at most a year, from before to',
        {
          from,
          to,
        },
      );
    const students = await reachable(this.students, ctx, 'billing.export');
    const consents = (await this.consents.listFor(students.map((s) => s.studentId))).map(consentView);
    const lines = [csvLine(BILLING_COLUMNS)];
    const out: BillingExport = { csv: '', rows: 0, omittedNoConsent: 0, omittedAwaitingCosign: 0 };
    const audits: AuditInput[] = [];
    for (const student of students) {
      const sectionIds = student.sections.map((s) => s.sectionId);
      const sessions = (await this.log.currentOf(sectionIds, { from, to })).filter((r) => r.status === 'delivered');
      if (sessions.length === 0) continue;
      const providers = await this.log.firstVersions(sessions.map((r) => r.entryId));
      const goals = new Map<string, GoalRecord>();
      for (const id of new Set(sessions.map((r) => r.sectionId)))
        for (const g of await this.docs.read(id, (doc) => readStructure(doc).structure.goals)) goals.set(g.id, g);
      const mine = consents.filter((c) => c.studentId === student.studentId);
      let rows = 0;
      for (const r of sessions) {
        if (awaitingCosign(r)) {
          out.omittedAwaitingCosign++;
          continue;
        }
        if (!countsAsDelivered(r)) continue;
        if (!mine.some((c) => consentInForce(c, isoDay(r.date)))) {
          out.omittedNoConsent++;
          continue;
        }
        lines.push(csvLine(this.cells(student, r, providers.get(r.entryId) ?? r, goals)));
        rows++;
      }
      out.rows += rows;
      audits.push({
        action: 'billing.exported',
        actorId: ctx.user.id,
        actorRole: auditRole(student),
        studentId: student.studentId,
        detail: { from, to, rows },
        ip,
      });
    }
    await this.audit.recordMany(audits);
    out.csv = `${lines.join('\r\n')}\r\n`;
    return out;
  }

  private cells(
    student: { studentId: string; firstName: string; lastName: string; dateOfBirth: Date },
    r: SessionRow,
    first: SessionRow,
    goals: Map<string, GoalRecord>,
  ): (string | number | null)[] {
    const goalIds = Array.isArray(r.goalIds) ? r.goalIds.filter((g): g is string => typeof g === 'string') : [];
    return [
      student.studentId,
      `${student.firstName} ${student.lastName}`,
      isoDay(student.dateOfBirth),
      isoDay(r.date),
      clockTime(r.startMinute),
      clockTime(r.endMinute),
      r.minutes,
      r.grouping,
      r.groupSize,
      r.model,
      r.setting,
      r.location,
      // The provider is who delivered the session: the first recording's author.
      first.recordedByName,
      first.recordedByRole.toUpperCase(),
      r.needsCosign ? r.cosignedByName : '',
      r.cosignedAt ? r.cosignedAt.toISOString() : '',
      goalIds.map((id) => goals.get(id)?.behavior ?? id).join('; '),
      // The session note documents the service for the claim, whether or not the OT shared it with the family.
      r.note,
      r.entryId,
      r.entryVersion,
    ];
  }
}
