import { HttpStatus, Injectable } from '@nestjs/common';
import {
  can,
  ErrorCode,
  goalMeasure,
  kindsFor,
  readStructure,
  DATA_POINT_KINDS,
  type AuditAction,
  type CorrectDataPointRequest,
  type DataPointFields,
  type DataPointKind,
  type DataPointView,
  type GoalRecord,
} from '@iep/shared';
import { DocRegistry } from '../../collab/doc-registry';
import { AppError } from '../../common/app-error';
import type { Tx } from '../../db/tx';
import { SectionEvents } from '../../realtime/section-events';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService, type SectionAccess } from '../access/team-access.service';
import { AuditService } from '../audit/audit.service';
import { CommandRunner, sectionScope } from '../command/command-runner';
import { EntryCosigner, recorderOf } from '../service-log/entry-cosign';
import { toPointView } from './goal-data-view';
import { GoalDataRepository } from './goal-data.repository';

const bad = (code: ErrorCode, message: string, details?: unknown): AppError =>
  new AppError(HttpStatus.BAD_REQUEST, code, message, details);

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
/** A day's slack on "today", so a school east of UTC can record the data of the session it just held. */
const latestDay = (): string => isoDay(new Date(Date.now() + 86_400_000));
const isKind = (k: string): k is DataPointKind => (DATA_POINT_KINDS as readonly string[]).includes(k);

/**
 * Goal data: the OT (or OTA) records data points toward the approved plan's goals, in the kind each
 * goal's criterion is measured in, corrects them (every version kept); the team and the family read
 * them as charts. Every read and write is audited.
 */
@Injectable()
export class GoalDataService {
  constructor(
    private readonly repo: GoalDataRepository,
    private readonly access: TeamAccessService,
    private readonly commands: CommandRunner,
    private readonly docs: DocRegistry,
    private readonly events: SectionEvents,
    private readonly audit: AuditService,
    private readonly cosigner: EntryCosigner,
  ) {}

  private async read(ctx: AuthContext, section: SectionAccess, action: AuditAction, detail: object, ip: string | null) {
    await this.audit.sectionRead({ userId: ctx.user.id, ...section }, action, detail, ip);
  }

  async list(ctx: AuthContext, sectionId: string, ip: string | null): Promise<DataPointView[]> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'goalData.view');
    const rows = await this.repo.current(sectionId);
    await this.read(ctx, section, 'goal_data.read', { points: rows.length }, ip);
    return rows.map(toPointView);
  }

  /** Every version of a point, the first recording first (404 alike for missing and off the team). */
  async versions(ctx: AuthContext, entryId: string, ip: string | null): Promise<DataPointView[]> {
    const rows = await this.repo.versions(entryId);
    const first = rows[0];
    if (!first) throw AppError.notFound('No such data point');
    const section = await this.access.requireSection(ctx.user.id, first.sectionId, 'goalData.view').catch(() => {
      throw AppError.notFound('No such data point');
    });
    await this.read(ctx, section, 'goal_data.version_read', { pointId: entryId, versions: rows.length }, ip);
    return rows.map(toPointView);
  }

  /** The section, if the caller may record on it: 409 unless approved, 403 by the policy. */
  private async recordable(ctx: AuthContext, sectionId: string): Promise<SectionAccess> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'goalData.view');
    if (section.status !== 'approved')
      throw new AppError(
        HttpStatus.CONFLICT,
        ErrorCode.SectionNotApproved,
        'Goal data is taken on an approved plan only',
      );
    if (!can({ userId: ctx.user.id, role: section.role }, 'goalData.record', { status: section.status }))
      throw AppError.forbidden('Your role cannot record goal data');
    return section;
  }

  /** The plan's goals, read before a command's transaction (see `inTransactionScope`). */
  private planGoals(section: SectionAccess): Promise<GoalRecord[]> {
    return this.docs.read(section.sectionId, (doc) => readStructure(doc).structure.goals);
  }

  /** The checks against the plan: its dates, and the goal (of this plan, measured in this kind). */
  private async checkAgainstPlan(
    tx: Tx,
    section: SectionAccess,
    goals: GoalRecord[],
    f: DataPointFields,
    self: string | null,
  ) {
    const from = section.meetingDate ? isoDay(section.meetingDate) : null;
    const to = section.annualReviewDate ? isoDay(section.annualReviewDate) : null;
    if ((from !== null && f.date < from) || (to !== null && f.date > to) || f.date > latestDay())
      throw bad(ErrorCode.DataPointOutsidePlan, 'The date is outside the plan’s dates, or still to come', { from, to });
    const goal = goals.find((g) => g.id === f.goalId);
    if (!goal) throw bad(ErrorCode.GoalNotInPlan, 'The goal is not a goal of this plan', { goalId: f.goalId });
    const earlier = (await this.repo.kindsOf(tx, section.sectionId, f.goalId, self)).filter(isKind);
    const kinds = kindsFor(goalMeasure(goal), earlier);
    if (!kinds.includes(f.value.kind))
      throw bad(ErrorCode.DataPointKindMismatch, 'The goal is not measured in this kind of data', { kinds });
    if (f.sessionId !== null) {
      const session = await this.repo.session(tx, f.sessionId);
      if (
        !session ||
        session.sectionId !== section.sectionId ||
        session.status !== 'delivered' ||
        isoDay(session.date) !== f.date
      )
        throw bad(ErrorCode.DataPointSessionInvalid, 'The session is not a delivered session of this log on that date');
    }
  }

  /** The supervising OT co-signs one version of an OTA's point: final (charted, reported) from then on. */
  async cosign(ctx: AuthContext, entryId: string, version: number, ip: string): Promise<DataPointView> {
    await this.cosigner.cosign(
      ctx,
      {
        view: 'goalData.view',
        notFound: 'No such data point',
        repo: this.repo,
        audit: 'goal_data.cosigned',
        idKey: 'pointId',
        published: (row) =>
          this.events.goalData({
            sectionId: row.sectionId,
            goalId: row.goalId,
            pointId: row.entryId,
            change: 'cosigned',
          }),
      },
      entryId,
      version,
      ip,
    );
    return this.current(entryId);
  }

  async record(ctx: AuthContext, sectionId: string, f: DataPointFields, ip: string): Promise<DataPointView> {
    const section = await this.recordable(ctx, sectionId);
    const goals = await this.planGoals(section);
    const entryId = await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      // Locked, so two first points of a goal without a stated measure cannot start two scales.
      await this.repo.lockSection(fx.tx, sectionId);
      await this.checkAgainstPlan(fx.tx, section, goals, f, null);
      const id = await this.repo.recordIn(fx.tx, sectionId, f, recorderOf(ctx, section, 'goalData.record'));
      await fx.audit('goal_data.recorded', { pointId: id, goalId: f.goalId, date: f.date, kind: f.value.kind });
      fx.publish(() => this.events.goalData({ sectionId, goalId: f.goalId, pointId: id, change: 'recorded' }));
      return id;
    });
    return this.current(entryId);
  }

  async correct(ctx: AuthContext, entryId: string, body: CorrectDataPointRequest, ip: string): Promise<DataPointView> {
    const previous = await this.repo.find(entryId);
    if (!previous) throw AppError.notFound('No such data point');
    await this.access.requireSection(ctx.user.id, previous.sectionId, 'goalData.view').catch(() => {
      throw AppError.notFound('No such data point');
    });
    const section = await this.recordable(ctx, previous.sectionId);
    const f = body.point;
    const goals = await this.planGoals(section);
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      await this.repo.lockSection(fx.tx, section.sectionId);
      await this.checkAgainstPlan(fx.tx, section, goals, f, entryId);
      const latest = await this.repo.find(entryId, fx.tx);
      if (
        !latest ||
        !(await this.repo.correctIn(fx.tx, latest, f, body.reason, recorderOf(ctx, section, 'goalData.record')))
      )
        throw AppError.notFound('No such data point');
      await fx.audit('goal_data.corrected', {
        pointId: entryId,
        version: latest.entryVersion + 1,
        reason: body.reason,
      });
      fx.publish(() =>
        this.events.goalData({ sectionId: section.sectionId, goalId: f.goalId, pointId: entryId, change: 'corrected' }),
      );
    });
    return this.current(entryId);
  }

  private async current(entryId: string): Promise<DataPointView> {
    const row = await this.repo.find(entryId);
    if (!row) throw AppError.notFound('No such data point');
    return toPointView(row);
  }
}
