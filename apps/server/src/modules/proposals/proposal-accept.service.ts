import { HttpStatus, Injectable } from '@nestjs/common';
import * as Y from 'yjs';
import {
  applyGoalChange,
  can,
  ErrorCode,
  proposalMissingFields,
  type GoalChange,
  type GoalProvenance,
  type MissingProposalField,
  type ProposalFields,
  type ProposalView,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import { DocRegistry } from '../../collab/doc-registry';
import { CommandRunner, sectionScope } from '../command/command-runner';
import type { Tx } from '../../db/tx';
import type { AuthContext } from '../auth/auth.types';
import { SectionLock } from '../versions/section-lock';
import { VersionsService } from '../versions/versions.service';
import { fieldsOf, groupKeyOf } from './proposal-view';
import { ProposalsRepository, type ProposalRecord } from './proposals.repository';
import { notOpen, ProposalsService, sectionLocked } from './proposals.service';

const incomplete = (missing: MissingProposalField[]): AppError =>
  new AppError(HttpStatus.CONFLICT, ErrorCode.ProposalIncomplete, `The proposal lacks: ${missing.join(', ')}`, {
    missing,
  });

/**
 * Acceptance: the goal is added to (or changed in) the live document and the decision is recorded
 * in one step, both or neither.
 *
 * How: inside one database transaction we lock the section row (a workflow move waits, so nothing
 * is accepted into a section being approved), claim the proposal with a guarded update (`status =
 * 'open'`; of two people pressing at once the second waits on the row lock, then finds it decided),
 * then apply the change to the live Y.Doc under a server origin. LiveDoc broadcasts that update at
 * once but does not queue it: we write the update bytes to the section's update log in the same
 * transaction as the decision, the saved version (reason `proposal_accepted`) and the audit event,
 * so the stored document and the decision commit together, and a crash keeps neither or both.
 * If anything after the change fails, the transaction rolls back and the change is reverted in
 * memory with a Y.UndoManager scoped to that origin: the update and its revert then go through
 * LiveDoc's normal queue, so the log still holds everything clients were sent and nets to nothing.
 * Only the proposal's own items are undone; concurrent edits by others stay.
 */
@Injectable()
export class ProposalAcceptService {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly repo: ProposalsRepository,
    private readonly docs: DocRegistry,
    private readonly versions: VersionsService,
    private readonly lock: SectionLock,
    private readonly commands: CommandRunner,
  ) {}

  /**
   * With `given`, the OT's goal fields for a proposal made in the proposer's own words: they are
   * stored on the proposal (the words stay as written) and applied. Other proposals are accepted
   * as proposed.
   */
  async accept(ctx: AuthContext, id: string, ip: string, given?: ProposalFields): Promise<ProposalView> {
    const { row, section } = await this.proposals.load(ctx, id);
    this.proposals.permit(ctx, section, 'proposal.decide');
    if (row.status !== 'open') throw notOpen(row.status);
    const ownWords = row.parentWords !== null;
    if (given !== undefined && !ownWords) {
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.ValidationFailed,
        'Only a proposal in own words takes fields',
        {
          fields: [{ field: 'fields', message: 'This proposal is accepted as proposed' }],
        },
      );
    }
    const missing = proposalMissingFields(given ?? fieldsOf(row.fields), row.rationale, ownWords);
    if (missing.length > 0) throw incomplete(missing);

    const sectionId = section.sectionId;
    const names = await this.repo.userNames([row.proposedById]);
    const live = await this.docs.acquire(sectionId);
    const origin = { acceptProposal: id };
    const undo = new Y.UndoManager(live.doc.getMap('goals'), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    const made: { update: Uint8Array | null; committed: boolean } = { update: null, committed: false };
    try {
      await this.commands.commit(sectionScope(ctx, section, ip), async (fx) => {
        const { tx } = fx;
        const status = await this.repo.lockSectionIn(tx, sectionId);
        if (status === null || !can({ userId: ctx.user.id, role: section.role }, 'proposal.decide', { status }))
          throw sectionLocked();
        const now = new Date();
        const claimed = await this.repo.decideIn(tx, id, {
          status: 'accepted',
          decidedById: ctx.user.id,
          decidedByRole: section.role,
          decidedAt: now,
        });
        // The fields as they were when claimed: the proposer's edits stop at this row lock.
        const current = await this.repo.recordIn(tx, id);
        if (!claimed || !current) throw notOpen(current?.status ?? 'accepted');
        const fields = given ?? fieldsOf(current.fields);
        const stillMissing = proposalMissingFields(fields, current.rationale, ownWords);
        if (stillMissing.length > 0) throw incomplete(stillMissing);
        if (given !== undefined) await this.repo.setFieldsIn(tx, id, given);

        const provenance: GoalProvenance = {
          proposalId: id,
          kind: current.kind,
          proposedBy: { name: names.get(current.proposedById) ?? '', role: current.proposedByRole },
          acceptedBy: { name: ctx.user.name, role: section.role },
          acceptedAt: now.toISOString(),
        };
        const change: GoalChange =
          current.kind === 'new_goal'
            ? { kind: 'new_goal', fields, provenance }
            : {
                kind: 'change_goal',
                goalId: current.targetGoalId ?? '',
                base: fieldsOf(current.baseFields),
                fields,
                provenance,
              };
        const applied: { goalId: string | null } = { goalId: null };
        made.update = live.changeStoredByCaller(origin, (doc) => {
          applied.goalId = applyGoalChange(doc, change);
        });
        if (applied.goalId === null) {
          throw new AppError(
            HttpStatus.CONFLICT,
            ErrorCode.ProposalTargetGone,
            'The goal this proposal changes is no longer in the section',
          );
        }
        if (made.update) await this.repo.storeUpdateIn(tx, sectionId, made.update, ctx.user.id);

        const frozen = await this.versions.freeze(sectionId);
        const version = await this.lock.saveVersion(tx, sectionId, frozen, {
          name:
            current.kind === 'new_goal' ? 'Goal proposal accepted (new goal)' : 'Goal proposal accepted (goal changed)',
          reason: 'proposal_accepted',
          createdById: ctx.user.id,
        });
        await this.repo.markAppliedIn(tx, id, applied.goalId, version.number);
        const superseded = await this.supersedeAlternatives(tx, current, now);
        await fx.audit('proposal.accepted', {
          proposalId: id,
          kind: current.kind,
          goalId: applied.goalId,
          versionNumber: version.number,
          contentHash: frozen.hash,
          superseded,
          fromOwnWords: given !== undefined,
        });
        fx.publish(() =>
          this.proposals.publish(ctx, section, id, 'accepted', { versionNumber: version.number, superseded }),
        );
      });
      made.committed = true;
      return await this.proposals.view(id);
    } catch (err) {
      if (made.update && !made.committed) {
        live.storeLater(made.update, ctx.user.id);
        undo.undo();
      }
      throw err;
    } finally {
      undo.destroy();
      this.docs.release(sectionId);
    }
  }

  /** The other open alternatives (same goal, or new goals in the same area) become superseded. */
  private async supersedeAlternatives(tx: Tx, accepted: ProposalRecord, at: Date): Promise<string[]> {
    const key = groupKeyOf(accepted);
    const others = await this.repo.openOthersIn(tx, accepted.sectionId, accepted.id);
    return this.repo.supersedeIn(
      tx,
      others.filter((o) => groupKeyOf(o) === key).map((o) => o.id),
      accepted.id,
      at,
    );
  }
}
