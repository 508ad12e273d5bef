import { HttpStatus, Injectable } from '@nestjs/common';
import {
  can,
  ErrorCode,
  minuteOfDay,
  readStructure,
  type AuditAction,
  type CorrectServiceSessionRequest,
  type ServiceMinutes,
  type ServiceSessionFields,
  type ServiceSessionView,
} from '@iep/shared';
import { DocRegistry } from '../../collab/doc-registry';
import { AppError } from '../../common/app-error';
import { SectionEvents } from '../../realtime/section-events';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService, type SectionAccess } from '../access/team-access.service';
import { AuditService } from '../audit/audit.service';
import { CommandRunner, sectionScope } from '../command/command-runner';
import type { Tx } from '../../db/tx';
import { EntryCosigner, recorderOf } from './entry-cosign';
import { isOwed, makeUpLinks, minutesSummary, toView } from './service-log-view';
import { ServiceLogRepository, type SessionRow } from './service-log.repository';

const bad = (code: ErrorCode, message: string, details?: unknown): AppError =>
  new AppError(HttpStatus.BAD_REQUEST, code, message, details);

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
/** A day's slack on "today", so a school east of UTC can log the session it just held. */
const latestDay = (): string => isoDay(new Date(Date.now() + 86_400_000));

/**
 * The service log: the OT records the sessions of an approved plan (delivered or missed, and why),
 * corrects them (every version kept), and everyone on the team reads them with the minutes
 * delivered against the service grid. Every read and write is audited.
 */
@Injectable()
export class ServiceLogService {
  constructor(
    private readonly repo: ServiceLogRepository,
    private readonly access: TeamAccessService,
    private readonly commands: CommandRunner,
    private readonly docs: DocRegistry,
    private readonly events: SectionEvents,
    private readonly audit: AuditService,
    private readonly cosigner: EntryCosigner,
  ) {}

  private async read(
    ctx: AuthContext,
    section: SectionAccess,
    action: AuditAction,
    detail: object,
    ip: string | null,
  ): Promise<void> {
    await this.audit.sectionRead({ userId: ctx.user.id, ...section }, action, detail, ip);
  }

  private async views(ctx: AuthContext, section: SectionAccess, rows: SessionRow[]): Promise<ServiceSessionView[]> {
    const [all, makeUpDays] = await Promise.all([
      this.repo.current(section.sectionId),
      this.repo.makeUpDays(section.sectionId),
    ]);
    const firstRecorded = await this.repo.firstRecorded([...new Set(rows.map((r) => r.entryId))]);
    const unsharedNotes = can({ userId: ctx.user.id, role: section.role }, 'service.unsharedNotes', {
      status: section.status,
    });
    const view = { unsharedNotes, madeUpBy: makeUpLinks(all), firstRecorded, makeUpDays };
    return rows.map((r) => toView(r, view));
  }

  async list(ctx: AuthContext, sectionId: string, ip: string | null): Promise<ServiceSessionView[]> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'service.view');
    const rows = await this.repo.current(sectionId);
    await this.read(ctx, section, 'service_log.read', { entries: rows.length }, ip);
    return this.views(ctx, section, rows);
  }

  /** Every version of an entry, the first recording first (404 alike for missing and off the team). */
  async versions(ctx: AuthContext, entryId: string, ip: string | null): Promise<ServiceSessionView[]> {
    const rows = await this.repo.versions(entryId);
    const first = rows[0];
    if (!first) throw AppError.notFound('No such entry');
    const section = await this.access.requireSection(ctx.user.id, first.sectionId, 'service.view').catch(() => {
      throw AppError.notFound('No such entry');
    });
    await this.read(ctx, section, 'service_log.version_read', { entryId, versions: rows.length }, ip);
    return this.views(ctx, section, rows);
  }

  async minutes(
    ctx: AuthContext,
    sectionId: string,
    on: string | undefined,
    ip: string | null,
  ): Promise<ServiceMinutes> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'service.view');
    const day = on ?? isoDay(new Date());
    const [services, rows] = await Promise.all([
      this.docs.read(sectionId, (doc) => readStructure(doc).structure.services),
      this.repo.current(sectionId),
    ]);
    await this.read(ctx, section, 'service_log.minutes_read', { on: day }, ip);
    return minutesSummary(day, services, rows);
  }

  /** The section, if the caller may log on it: 409 unless approved, 403 by the policy. */
  private async loggable(ctx: AuthContext, sectionId: string): Promise<SectionAccess> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'service.view');
    if (section.status !== 'approved')
      throw new AppError(
        HttpStatus.CONFLICT,
        ErrorCode.SectionNotApproved,
        'Sessions are logged against an approved plan only',
      );
    if (!can({ userId: ctx.user.id, role: section.role }, 'service.log', { status: section.status }))
      throw AppError.forbidden('Your role cannot log sessions');
    return section;
  }

  /** The checks that need no transaction: the times, the plan's dates, its goals and services. */
  private async checkAgainstPlan(section: SectionAccess, f: ServiceSessionFields): Promise<void> {
    if (minuteOfDay(f.endTime) <= minuteOfDay(f.startTime))
      throw bad(ErrorCode.SessionTimesInvalid, 'The session must end after it starts');
    const from = section.meetingDate ? isoDay(section.meetingDate) : null;
    const to = section.annualReviewDate ? isoDay(section.annualReviewDate) : null;
    if ((from !== null && f.date < from) || (to !== null && f.date > to) || f.date > latestDay())
      throw bad(ErrorCode.SessionOutsidePlan, 'The date is outside the plan’s dates', { from, to });
    const { goals, services } = await this.docs.read(section.sectionId, (doc) => readStructure(doc).structure);
    const known = new Set(goals.map((g) => g.id));
    const foreign = f.goalIds.filter((id) => !known.has(id));
    if (foreign.length > 0)
      throw bad(ErrorCode.GoalNotInPlan, 'A goal worked on is not a goal of this plan', { goalIds: foreign });
    if (f.serviceId !== null && !services.some((s) => s.id === f.serviceId))
      throw bad(ErrorCode.ServiceNotInPlan, 'The service is not in this plan’s service grid');
  }

  /** The checks against the rest of the log, inside the transaction that writes (the section locked). */
  private async checkAgainstLog(tx: Tx, sectionId: string, f: ServiceSessionFields, self: string | null) {
    await this.repo.lockSection(tx, sectionId);
    if (f.status === 'delivered') {
      const start = minuteOfDay(f.startTime);
      const end = minuteOfDay(f.endTime);
      const clash = (await this.repo.sameDay(tx, sectionId, f.date, self)).find(
        (r) => r.startMinute < end && start < r.endMinute,
      );
      if (clash)
        throw bad(ErrorCode.SessionOverlaps, 'The student already has a session at that time', {
          entryId: clash.entryId,
        });
    }
    if (f.makeUpForId !== null) {
      const target = await this.repo.find(f.makeUpForId, tx);
      const taken = target ? await this.repo.madeUpBy(tx, target.entryId, self) : null;
      if (!target || target.sectionId !== sectionId || !isOwed(target) || taken || target.entryId === self)
        throw bad(ErrorCode.MakeUpTargetInvalid, 'A make-up is for a missed session the school owes, not made up yet');
    }
    if (self !== null && !(f.status === 'missed' && f.missedReason !== null)) {
      const madeUp = await this.repo.madeUpBy(tx, self, null);
      if (madeUp)
        throw bad(ErrorCode.MakeUpTargetInvalid, 'This session was made up: correct the make-up first', {
          entryId: madeUp.entryId,
        });
    }
  }

  /** The supervising OT co-signs one version of an OTA's entry: it counts as delivered from then on. */
  async cosign(ctx: AuthContext, entryId: string, version: number, ip: string): Promise<ServiceSessionView> {
    const section = await this.cosigner.cosign(
      ctx,
      {
        view: 'service.view',
        notFound: 'No such entry',
        repo: this.repo,
        audit: 'service_log.cosigned',
        idKey: 'entryId',
        published: (row) =>
          this.events.serviceLog({ sectionId: row.sectionId, entryId: row.entryId, change: 'cosigned' }),
      },
      entryId,
      version,
      ip,
    );
    return this.current(ctx, section, entryId);
  }

  /**
   * The OT (or OTA) schedules the make-up of a missed session the school owes, for a day from the
   * missed one to the annual review, not in the past; again to move it. The family's summary names it.
   */
  async scheduleMakeUp(ctx: AuthContext, entryId: string, date: string, ip: string): Promise<ServiceSessionView> {
    const row = await this.repo.find(entryId);
    if (!row) throw AppError.notFound('No such entry');
    await this.access.requireSection(ctx.user.id, row.sectionId, 'service.view').catch(() => {
      throw AppError.notFound('No such entry');
    });
    const section = await this.loggable(ctx, row.sectionId);
    const review = section.annualReviewDate ? isoDay(section.annualReviewDate) : null;
    const earliest = [isoDay(row.date), isoDay(new Date(Date.now() - 86_400_000))].sort()[1] ?? isoDay(row.date);
    if (date < earliest || (review !== null && date > review))
      throw bad(ErrorCode.MakeUpDateInvalid, 'Schedule the make-up after the missed session, by the annual review', {
        from: earliest,
        to: review,
      });
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      await this.repo.lockSection(fx.tx, section.sectionId);
      const latest = await this.repo.find(entryId, fx.tx);
      if (!latest || !isOwed(latest) || (await this.repo.madeUpBy(fx.tx, entryId, null)))
        throw bad(ErrorCode.MakeUpTargetInvalid, 'A make-up is scheduled for a missed session the school owes');
      await this.repo.scheduleMakeUpIn(fx.tx, latest, date, { id: ctx.user.id, name: ctx.user.name });
      await fx.audit('service_log.make_up_scheduled', { entryId, date });
      fx.publish(() => this.events.serviceLog({ sectionId: section.sectionId, entryId, change: 'scheduled' }));
    });
    return this.current(ctx, section, entryId);
  }

  async record(ctx: AuthContext, sectionId: string, f: ServiceSessionFields, ip: string): Promise<ServiceSessionView> {
    const section = await this.loggable(ctx, sectionId);
    await this.checkAgainstPlan(section, f);
    const entryId = await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      await this.checkAgainstLog(fx.tx, sectionId, f, null);
      const id = await this.repo.recordIn(fx.tx, sectionId, f, recorderOf(ctx, section, 'service.log'));
      await fx.audit('service_log.recorded', { entryId: id, date: f.date, status: f.status });
      fx.publish(() => this.events.serviceLog({ sectionId, entryId: id, change: 'recorded' }));
      return id;
    });
    return this.current(ctx, section, entryId);
  }

  async correct(
    ctx: AuthContext,
    entryId: string,
    body: CorrectServiceSessionRequest,
    ip: string,
  ): Promise<ServiceSessionView> {
    const previous = await this.repo.find(entryId);
    if (!previous) throw AppError.notFound('No such entry');
    await this.access.requireSection(ctx.user.id, previous.sectionId, 'service.view').catch(() => {
      throw AppError.notFound('No such entry');
    });
    const section = await this.loggable(ctx, previous.sectionId);
    await this.checkAgainstPlan(section, body.entry);
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      await this.checkAgainstLog(fx.tx, section.sectionId, body.entry, entryId);
      const latest = await this.repo.find(entryId, fx.tx);
      if (
        !latest ||
        !(await this.repo.correctIn(fx.tx, latest, body.entry, body.reason, recorderOf(ctx, section, 'service.log')))
      )
        throw AppError.notFound('No such entry');
      await fx.audit('service_log.corrected', { entryId, version: latest.entryVersion + 1, reason: body.reason });
      fx.publish(() => this.events.serviceLog({ sectionId: section.sectionId, entryId, change: 'corrected' }));
    });
    return this.current(ctx, section, entryId);
  }

  private async current(ctx: AuthContext, section: SectionAccess, entryId: string): Promise<ServiceSessionView> {
    const row = await this.repo.find(entryId);
    if (!row) throw AppError.notFound('No such entry');
    const [view] = await this.views(ctx, section, [row]);
    if (!view) throw AppError.notFound('No such entry');
    return view;
  }
}
