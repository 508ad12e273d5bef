import { HttpStatus, Injectable } from '@nestjs/common';
import {
  can,
  ErrorCode,
  progressDueDates,
  readStructure,
  type Action,
  type AuditAction,
  type CreateProgressReportRequest,
  type GoalRecord,
  type NoticeLocale,
  type ProgressGoal,
  type ProgressReportView,
  type ProgressScheduleView,
  type SetProgressScheduleRequest,
  type UpdateProgressReportRequest,
} from '@iep/shared';
import { DocRegistry } from '../../collab/doc-registry';
import { AppError } from '../../common/app-error';
import { SectionEvents } from '../../realtime/section-events';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService, type SectionAccess } from '../access/team-access.service';
import { AuditService } from '../audit/audit.service';
import { CommandRunner, sectionScope } from '../command/command-runner';
import { asciiSlug, ExportService, type ExportedFile } from '../export/export.service';
import { NoticesService } from '../notices/notices.service';
import { localeOf } from '../notices/notice-view';
import { draftNarrative, goalInPeriod, goalText, suggestCode, type StoredPoint } from './progress-narrative';
import { renderProgressReportPdf } from './progress-report-pdf';
import { goalsOf, toReportView } from './progress-report-view';
import { ProgressReportsRepository, type ReportRow } from './progress-reports.repository';

const issuedAlready = (): AppError =>
  new AppError(
    HttpStatus.CONFLICT,
    ErrorCode.ProgressReportIssued,
    'This progress report was issued: it is part of the record and never changes',
  );
const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * Progress reports: the OT drafts one per reporting period — the server writes each goal's
 * narrative and suggests its code from the period's data, in the family's language — edits and
 * issues it; issued, it is frozen, mailed to the parents and acknowledged. Every read and write is audited.
 */
@Injectable()
export class ProgressReportsService {
  constructor(
    private readonly repo: ProgressReportsRepository,
    private readonly access: TeamAccessService,
    private readonly commands: CommandRunner,
    private readonly docs: DocRegistry,
    private readonly audit: AuditService,
    private readonly exports: ExportService,
    private readonly notices: NoticesService,
    private readonly events: SectionEvents,
  ) {}

  private may(ctx: AuthContext, section: SectionAccess, action: Action): boolean {
    return can({ userId: ctx.user.id, role: section.role }, action, { status: section.status });
  }

  /** The section, if the caller may write reports on it: 409 unless approved, 403 by the policy. */
  private async writable(ctx: AuthContext, sectionId: string): Promise<SectionAccess> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'progress.view');
    if (section.status !== 'approved')
      throw new AppError(HttpStatus.CONFLICT, ErrorCode.SectionNotApproved, 'Progress is reported on an approved plan');
    if (!this.may(ctx, section, 'progress.write')) throw AppError.forbidden('Your role cannot write progress reports');
    return section;
  }

  /** A report the caller may see: 404 alike for missing, off the team, and a draft hidden from them. */
  private async load(ctx: AuthContext, id: string): Promise<{ row: ReportRow; section: SectionAccess }> {
    const row = await this.repo.find(id);
    if (!row) throw AppError.notFound('No such progress report');
    const section = await this.access.requireSection(ctx.user.id, row.sectionId, 'progress.view').catch(() => {
      throw AppError.notFound('No such progress report');
    });
    if (row.status === 'draft' && !this.may(ctx, section, 'progress.write'))
      throw AppError.notFound('No such progress report');
    return { row, section };
  }

  private async read(ctx: AuthContext, section: SectionAccess, action: AuditAction, detail: object, ip: string | null) {
    await this.audit.sectionRead({ userId: ctx.user.id, ...section }, action, detail, ip);
  }

  private async fresh(id: string): Promise<ProgressReportView> {
    const row = await this.repo.find(id);
    if (!row) throw AppError.notFound('No such progress report');
    return toReportView(row);
  }

  async list(ctx: AuthContext, sectionId: string, ip: string | null): Promise<ProgressReportView[]> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'progress.view');
    const rows = await this.repo.forSection(sectionId, this.may(ctx, section, 'progress.write'));
    await this.read(ctx, section, 'progress_report.read', { reports: rows.map((r) => r.id) }, ip);
    return rows.map(toReportView);
  }

  async get(ctx: AuthContext, id: string, ip: string | null): Promise<ProgressReportView> {
    const { row, section } = await this.load(ctx, id);
    await this.read(ctx, section, 'progress_report.read', { reportId: id }, ip);
    return toReportView(row);
  }

  /** Drafts a report for the period: every goal of the plan, its data, a suggested code and narrative. */
  async draft(
    ctx: AuthContext,
    sectionId: string,
    body: CreateProgressReportRequest,
    ip: string,
  ): Promise<ProgressReportView> {
    if (body.periodEnd < body.periodStart)
      throw new AppError(HttpStatus.BAD_REQUEST, ErrorCode.ProgressPeriodInvalid, 'The period ends before it starts', {
        fields: [{ field: 'periodEnd', message: 'The end comes before the start' }],
      });
    const section = await this.writable(ctx, sectionId);
    const locale = await this.notices.familyLocale(sectionId);
    const planGoals = await this.docs.read(sectionId, (doc) => readStructure(doc).structure.goals);
    const id = await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      const points = await this.repo.points(fx.tx, sectionId, body.periodStart, body.periodEnd);
      const goals = planGoals.map((g) => this.draftGoal(g, points, body, locale));
      const reportId = await this.repo.createIn(fx.tx, {
        sectionId,
        periodStart: body.periodStart,
        periodEnd: body.periodEnd,
        locale,
        goals,
        createdById: ctx.user.id,
      });
      await fx.audit('progress_report.drafted', {
        reportId,
        periodStart: body.periodStart,
        periodEnd: body.periodEnd,
        goals: goals.length,
        points: points.length,
      });
      fx.publish(() => this.events.progressReport({ sectionId, reportId, change: 'drafted' }, true));
      return reportId;
    });
    return this.fresh(id);
  }

  private draftGoal(g: GoalRecord, all: StoredPoint[], period: CreateProgressReportRequest, locale: NoticeLocale) {
    const inPeriod = goalInPeriod(g, all);
    return {
      goalId: g.id,
      goalText: goalText(g),
      ...inPeriod,
      code: suggestCode(inPeriod),
      narrative: draftNarrative(inPeriod, { start: period.periodStart, end: period.periodEnd }, locale),
    } satisfies ProgressGoal;
  }

  async update(
    ctx: AuthContext,
    id: string,
    body: UpdateProgressReportRequest,
    ip: string,
  ): Promise<ProgressReportView> {
    const { row, section } = await this.load(ctx, id);
    await this.writable(ctx, row.sectionId);
    if (row.status === 'issued') throw issuedAlready();
    const goals = goalsOf(row.goals);
    const unknown = body.goals.filter((e) => !goals.some((g) => g.goalId === e.goalId));
    if (unknown.length > 0)
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.GoalNotInPlan,
        'A goal is not a goal of this report’s plan',
        {
          goalIds: unknown.map((e) => e.goalId),
        },
      );
    const edited = goals.map((g) => {
      const e = body.goals.find((x) => x.goalId === g.goalId);
      return e ? { ...g, code: e.code, narrative: e.narrative } : g;
    });
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      if (!(await this.repo.editIn(fx.tx, id, edited))) throw issuedAlready();
      await fx.audit('progress_report.updated', { reportId: id, goals: body.goals.map((e) => e.goalId) });
      fx.publish(() => this.events.progressReport({ sectionId: row.sectionId, reportId: id, change: 'updated' }, true));
    });
    return this.fresh(id);
  }

  /** Issues a draft: frozen; each parent is notified in the app and by mail (in their language), the room refreshes. */
  async issue(ctx: AuthContext, id: string, ip: string): Promise<ProgressReportView> {
    const { row, section } = await this.load(ctx, id);
    await this.writable(ctx, row.sectionId);
    if (row.status === 'issued') throw issuedAlready();
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      const issued = await this.repo.issueIn(fx.tx, id, {
        issuedAt: new Date(),
        issuedById: ctx.user.id,
        issuedByName: ctx.user.name,
        issuedByRole: section.role,
      });
      if (!issued) throw issuedAlready();
      await fx.audit('progress_report.issued', { reportId: id, locale: row.locale });
      const family = await this.notices.family(row.sectionId, fx.tx);
      await fx.notify(
        family.map((parent) => ({
          userId: parent.userId,
          kind: 'progress_report_issued',
          sectionId: row.sectionId,
          actorId: ctx.user.id,
          detail: { progressReportId: id },
        })),
      );
      fx.publish(() => this.events.progressReport({ sectionId: row.sectionId, reportId: id, change: 'issued' }, false));
    });
    return this.fresh(id);
  }

  async acknowledge(ctx: AuthContext, id: string, ip: string): Promise<ProgressReportView> {
    const { row, section } = await this.load(ctx, id);
    if (!this.may(ctx, section, 'progress.acknowledge'))
      throw AppError.forbidden('Only the family acknowledges a progress report');
    if (row.status !== 'issued')
      throw new AppError(HttpStatus.CONFLICT, ErrorCode.ProgressReportNotIssued, 'This report has not been issued yet');
    const at = new Date();
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      // A second acknowledgement keeps the first one's time.
      if (!(await this.repo.acknowledgeIn(fx.tx, id, ctx.user.id, ctx.user.name, at))) return;
      await fx.audit('progress_report.acknowledged', { reportId: id, acknowledgedAt: at.toISOString() });
      fx.publish(() =>
        this.events.progressReport({ sectionId: row.sectionId, reportId: id, change: 'acknowledged' }, false),
      );
    });
    return this.fresh(id);
  }

  /** The report as a PDF in the family's language (the one it was drafted in). */
  async pdf(ctx: AuthContext, id: string, ip: string | null): Promise<ExportedFile> {
    const { row, section } = await this.load(ctx, id);
    const buffer = await this.render(row);
    await this.read(ctx, section, 'progress_report.exported', { reportId: id, format: 'pdf', locale: row.locale }, ip);
    const head = await this.repo.studentOf(row.sectionId);
    return { filename: `progress-report-${asciiSlug(head?.name ?? 'student')}-${isoDay(row.periodEnd)}.pdf`, buffer };
  }

  /** Renders a report with no access check: callers check first. */
  async render(row: ReportRow): Promise<Buffer> {
    const head = await this.exports.documentHead(row.sectionId);
    if (!head) throw AppError.notFound('No such progress report');
    return renderProgressReportPdf({
      locale: localeOf(row.locale),
      ...head,
      report: {
        id: row.id,
        issued: row.status === 'issued',
        periodStart: isoDay(row.periodStart),
        periodEnd: isoDay(row.periodEnd),
        goals: goalsOf(row.goals),
        issuedAt: row.issuedAt,
        issuedBy: row.issuedByName && row.issuedByRole ? { name: row.issuedByName, role: row.issuedByRole } : null,
        receipts: row.receipts.map((r) => ({ name: r.name, acknowledgedAt: r.acknowledgedAt })),
      },
    });
  }

  /** The issued reports of a section, for the family's archive (the caller checked access). */
  issuedFor(sectionId: string): Promise<ReportRow[]> {
    return this.repo.issuedFor(sectionId);
  }

  async schedule(ctx: AuthContext, sectionId: string, ip: string | null): Promise<ProgressScheduleView> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'progress.view');
    await this.read(ctx, section, 'progress_schedule.read', {}, ip);
    return this.scheduleView(section);
  }

  async setSchedule(
    ctx: AuthContext,
    sectionId: string,
    body: SetProgressScheduleRequest,
    ip: string,
  ): Promise<ProgressScheduleView> {
    const section = await this.writable(ctx, sectionId);
    const review = section.annualReviewDate ? isoDay(section.annualReviewDate) : null;
    if (review !== null && body.firstDue > review)
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.ProgressPeriodInvalid,
        'The first report is due after the annual review',
        {
          fields: [{ field: 'firstDue', message: 'After the annual review' }],
        },
      );
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      await this.repo.setScheduleIn(fx.tx, sectionId, body.firstDue, body.everyWeeks, ctx.user.id);
      await fx.audit('progress_schedule.set', { ...body });
    });
    return this.scheduleView(section);
  }

  private async scheduleView(section: SectionAccess): Promise<ProgressScheduleView> {
    const row = await this.repo.schedule(section.sectionId);
    if (!row) return { schedule: null };
    const firstDue = isoDay(row.firstDue);
    const until = section.annualReviewDate ? isoDay(section.annualReviewDate) : null;
    return {
      schedule: { firstDue, everyWeeks: row.everyWeeks, dueDates: progressDueDates(firstDue, row.everyWeeks, until) },
    };
  }
}
