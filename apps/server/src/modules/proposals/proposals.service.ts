import { HttpStatus, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import {
  can,
  ErrorCode,
  fieldsOfGoal,
  readStructure,
  type Action,
  type createProposalRequestSchema,
  type endorseRequestSchema,
  type ProposalChangedEvent,
  type ProposalFields,
  type ProposalStatus,
  type ProposalView,
  type updateProposalRequestSchema,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import { DocRegistry } from '../../collab/doc-registry';
import { CommandRunner, sectionScope } from '../command/command-runner';
import { SectionEvents } from '../../realtime/section-events';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService, type SectionAccess } from '../access/team-access.service';
import { NoticeDrafts, proposalRejectedFields } from '../notices/notice-drafts';
import { peopleOf, toView } from './proposal-view';
import { ProposalsRepository, type ProposalRow } from './proposals.repository';

type CreateInput = z.infer<typeof createProposalRequestSchema>;
type UpdateInput = z.infer<typeof updateProposalRequestSchema>;
type EndorseInput = z.infer<typeof endorseRequestSchema>;

export const notOpen = (status: ProposalStatus): AppError =>
  new AppError(
    HttpStatus.CONFLICT,
    ErrorCode.ProposalNotOpen,
    `This proposal is ${status} and takes no further decision or edit`,
    { status },
  );

export const sectionLocked = (): AppError =>
  new AppError(
    HttpStatus.CONFLICT,
    ErrorCode.SectionLocked,
    'The section is locked in its current state and takes no proposals or decisions',
  );

/**
 * The rules of goal proposals, except acceptance (ProposalAcceptService): who may propose, edit,
 * withdraw, endorse, comment and reject, with each change and its audit event in one transaction.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly repo: ProposalsRepository,
    private readonly access: TeamAccessService,
    private readonly docs: DocRegistry,
    private readonly commands: CommandRunner,
    private readonly events: SectionEvents,
    private readonly notices: NoticeDrafts,
  ) {}

  /**
   * Asks the one policy. A role that may do this in an open section but not in this one meets a
   * locked section (409); a role that may never do it is refused (403).
   */
  permit(ctx: AuthContext, section: SectionAccess, action: Action): void {
    const actor = { userId: ctx.user.id, role: section.role };
    if (can(actor, action, { status: section.status })) return;
    if (can(actor, action, { status: 'draft' })) throw sectionLocked();
    throw AppError.forbidden('Your role cannot do this with proposals');
  }

  /** A proposal and the caller's standing on its section; 404 alike for missing and not visible. */
  async load(ctx: AuthContext, id: string): Promise<{ row: ProposalRow; section: SectionAccess }> {
    const row = await this.repo.find(id);
    if (!row) throw AppError.notFound('No such proposal');
    try {
      return { row, section: await this.access.requireSection(ctx.user.id, row.sectionId, 'section.view') };
    } catch (err) {
      if (err instanceof AppError && err.status === HttpStatus.NOT_FOUND) throw AppError.notFound('No such proposal');
      throw err;
    }
  }

  /** The goals in the document now, as proposal fields, by id. */
  async liveGoals(sectionId: string): Promise<Map<string, ProposalFields>> {
    const goals = await this.docs.read(sectionId, (doc) => readStructure(doc).structure.goals);
    return new Map(goals.map((g) => [g.id, fieldsOfGoal(g)]));
  }

  async views(sectionId: string, rows: ProposalRow[]): Promise<ProposalView[]> {
    const [names, goals] = await Promise.all([this.repo.userNames(peopleOf(rows)), this.liveGoals(sectionId)]);
    return rows.map((row) => toView(row, names, goals));
  }

  async view(id: string): Promise<ProposalView> {
    const row = await this.repo.find(id);
    if (!row) throw AppError.notFound('No such proposal');
    const [view] = await this.views(row.sectionId, [row]);
    if (!view) throw AppError.notFound('No such proposal');
    return view;
  }

  async list(ctx: AuthContext, sectionId: string): Promise<ProposalView[]> {
    await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    return this.views(sectionId, await this.repo.list(sectionId));
  }

  async get(ctx: AuthContext, id: string): Promise<ProposalView> {
    const { row } = await this.load(ctx, id);
    const [view] = await this.views(row.sectionId, [row]);
    if (!view) throw AppError.notFound('No such proposal');
    return view;
  }

  async create(ctx: AuthContext, sectionId: string, input: CreateInput, ip: string): Promise<ProposalView> {
    const section = await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    this.permit(ctx, section, 'proposal.create');
    let baseFields: ProposalFields | null = null;
    if (input.kind === 'change_goal') {
      baseFields = (await this.liveGoals(sectionId)).get(input.targetGoalId ?? '') ?? null;
      if (!baseFields) {
        throw new AppError(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, 'No such goal in this section', {
          fields: [{ field: 'targetGoalId', message: 'No such goal in this section' }],
        });
      }
    }
    const created = await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      const { tx } = fx;
      const row = await this.repo.createIn(tx, {
        sectionId,
        kind: input.kind,
        targetGoalId: input.targetGoalId ?? null,
        fields: input.fields,
        baseFields,
        rationale: input.rationale,
        proposedById: ctx.user.id,
        proposedByRole: section.role,
      });
      await fx.audit('proposal.created', {
        proposalId: row.id,
        kind: row.kind,
        targetGoalId: row.targetGoalId,
      });
      fx.publish(() => this.publish(ctx, section, row.id, 'created'));
      return row;
    });
    return this.view(created.id);
  }

  async update(ctx: AuthContext, id: string, input: UpdateInput, ip: string): Promise<ProposalView> {
    const { row, section } = await this.load(ctx, id);
    if (row.proposedById !== ctx.user.id) throw AppError.forbidden('Only the person who proposed it edits a proposal');
    if (row.status !== 'open') throw notOpen(row.status);
    this.permit(ctx, section, 'proposal.create');
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      const { tx } = fx;
      if (!(await this.repo.editIn(tx, id, ctx.user.id, input)))
        throw notOpen((await this.repo.recordIn(tx, id))?.status ?? 'open');
      await fx.audit('proposal.updated', {
        proposalId: id,
        fields: input.fields !== undefined,
        rationale: input.rationale !== undefined,
      });
      fx.publish(() => this.publish(ctx, section, id, 'updated'));
    });
    return this.view(id);
  }

  async withdraw(ctx: AuthContext, id: string, ip: string): Promise<ProposalView> {
    const { row, section } = await this.load(ctx, id);
    if (row.proposedById !== ctx.user.id)
      throw AppError.forbidden('Only the person who proposed it withdraws a proposal');
    if (row.status !== 'open') throw notOpen(row.status);
    this.permit(ctx, section, 'proposal.endorse');
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      const { tx } = fx;
      const ok = await this.repo.decideIn(tx, id, {
        status: 'withdrawn',
        decidedById: ctx.user.id,
        decidedByRole: section.role,
        decidedAt: new Date(),
      });
      if (!ok) throw notOpen((await this.repo.recordIn(tx, id))?.status ?? 'open');
      await fx.audit('proposal.withdrawn', { proposalId: id });
      fx.publish(() => this.publish(ctx, section, id, 'withdrawn'));
    });
    return this.view(id);
  }

  async reject(ctx: AuthContext, id: string, reason: string, ip: string): Promise<ProposalView> {
    const { row, section } = await this.load(ctx, id);
    this.permit(ctx, section, 'proposal.decide');
    if (row.status !== 'open') throw notOpen(row.status);
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      const { tx } = fx;
      const ok = await this.repo.decideIn(tx, id, {
        status: 'rejected',
        decidedById: ctx.user.id,
        decidedByRole: section.role,
        decidedAt: new Date(),
        decisionReason: reason,
      });
      if (!ok) throw notOpen((await this.repo.recordIn(tx, id))?.status ?? 'open');
      await fx.audit('proposal.rejected', { proposalId: id, reason });
      fx.publish(() => this.publish(ctx, section, id, 'rejected'));
      // The school refused what was proposed: the family is owed a Prior Written Notice (300.503).
      await this.notices.draftIn(
        fx,
        { sectionId: section.sectionId, trigger: 'proposal_rejected', sourceId: id, createdById: ctx.user.id },
        proposalRejectedFields(row.fields, reason, await this.notices.dataUsed(fx, section.sectionId)),
      );
    });
    return this.view(id);
  }

  async endorse(ctx: AuthContext, id: string, input: EndorseInput, ip: string): Promise<ProposalView> {
    const { row, section } = await this.load(ctx, id);
    this.permit(ctx, section, 'proposal.endorse');
    if (row.status !== 'open') throw notOpen(row.status);
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      const { tx } = fx;
      await this.repo.endorseIn(tx, id, ctx.user.id, section.role, input.stance, input.note);
      await fx.audit('proposal.endorsed', { proposalId: id, stance: input.stance });
      fx.publish(() => this.publish(ctx, section, id, 'endorsed'));
    });
    return this.view(id);
  }

  async comment(ctx: AuthContext, id: string, body: string, ip: string): Promise<ProposalView> {
    const { section } = await this.load(ctx, id);
    this.permit(ctx, section, 'proposal.endorse');
    await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
      const { tx } = fx;
      await this.repo.commentIn(tx, id, ctx.user.id, section.role, body);
      await fx.audit('proposal.commented', { proposalId: id });
      fx.publish(() => this.publish(ctx, section, id, 'commented'));
    });
    return this.view(id);
  }

  publish(
    ctx: AuthContext,
    section: SectionAccess,
    proposalId: string,
    change: ProposalChangedEvent['change'],
    extra: Partial<ProposalChangedEvent> = {},
  ): void {
    this.events.proposal({
      sectionId: section.sectionId,
      proposalId,
      change,
      by: { name: ctx.user.name, role: section.role },
      ...extra,
    });
  }
}
