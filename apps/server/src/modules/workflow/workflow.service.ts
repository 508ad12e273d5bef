import { HttpStatus, Injectable } from '@nestjs/common';
import * as Y from 'yjs';
import {
  availableTransitions,
  can,
  checkTransition,
  ErrorCode,
  readSuggestions,
  type Actor,
  type FamilyReview,
  type SectionStatus,
  type TransitionRequest,
  type TransitionRule,
  type WorkflowState,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import { CommandRunner } from '../command/command-runner';
import type { Prisma } from '../../generated/prisma/client';
import { SectionEvents } from '../../realtime/section-events';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth.types';
import { NotificationsRepository } from '../notifications/notifications.repository';
import type { SectionAccess } from '../access/team-access.service';
import { SectionLock } from '../versions/section-lock';
import { ComplianceGate, overridesOf } from './compliance-gate';
import { WorkflowRepository, type WorkflowRow } from './workflow.repository';

/**
 * Open suggestions are not part of what is signed: sign-off is requested once every suggestion has
 * been accepted, rejected or withdrawn. The refusal lists them.
 */
function refuseOpenSuggestions(state: Uint8Array): void {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const open = readSuggestions(doc);
  doc.destroy();
  if (open.length === 0) return;
  throw new AppError(
    HttpStatus.CONFLICT,
    ErrorCode.SuggestionsOpen,
    `Resolve the ${open.length} open suggestion(s) before requesting sign-off`,
    { suggestions: open },
  );
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const day = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
const today = (): string => new Date().toISOString().slice(0, 10);

/** Version names for the steps, in the record's language (the client shows `reason` in the reader's). */
const STEP_NAMES: Record<TransitionRule['name'], string> = {
  share_with_family: 'Shared with the family',
  return_to_draft: 'Returned to draft',
  start_meeting: 'Meeting started',
  request_signoff: 'Frozen for sign-off',
  reopen_meeting: 'Reopened for changes',
  approve: 'Approved',
  amend: 'Amendment started',
};

export function familyReviewOf(row: WorkflowRow): FamilyReview {
  return {
    respondBy: day(row.familyRespondBy),
    deliveredAt: iso(row.familyDeliveredAt),
    firstOpenedAt: iso(row.familyFirstOpenedAt),
    respondedAt: iso(row.familyRespondedAt),
    responseNote: row.familyResponseNote,
  };
}

/**
 * Moves sections through the shared state machine. Every move saves a version and writes its
 * audit event in the same transaction as the new state; the document socket is switched to the
 * new state's write rules before the freeze is read, and switched back if the move fails.
 */
@Injectable()
export class WorkflowService {
  constructor(
    private readonly repo: WorkflowRepository,
    private readonly commands: CommandRunner,
    private readonly lock: SectionLock,
    private readonly audit: AuditService,
    private readonly events: SectionEvents,
    private readonly notificationRows: NotificationsRepository,
    private readonly gate: ComplianceGate,
  ) {}

  stateOf(actor: Actor, row: WorkflowRow): WorkflowState {
    return {
      status: row.status,
      transitions: availableTransitions(actor, row.status).map((t) => ({ name: t.name, to: t.to })),
      familyReview: familyReviewOf(row),
      amendmentOf: row.amendmentOf,
      signoffVersion: row.signoffVersion,
      overrides: overridesOf(row),
    };
  }

  async row(sectionId: string): Promise<WorkflowRow> {
    const row = await this.repo.find(sectionId);
    if (!row) throw AppError.notFound('No such section');
    return row;
  }

  /** A parent opening the shared draft: the first time is part of the record. */
  async noteOpened(ctx: AuthContext, section: SectionAccess, ip: string): Promise<void> {
    if (!can({ userId: ctx.user.id, role: section.role }, 'family.respond', { status: section.status })) return;
    const at = new Date();
    if (await this.repo.markFirstOpened(section.sectionId, at)) {
      await this.audit.record({
        action: 'section.family_first_opened',
        actorId: ctx.user.id,
        actorRole: section.role,
        studentId: section.studentId,
        sectionId: section.sectionId,
        ip,
      });
    }
  }

  async transition(
    ctx: AuthContext,
    sectionId: string,
    request: TransitionRequest,
    ip: string,
  ): Promise<{ status: SectionStatus; versionNumber: number }> {
    const command = await this.commands.onSection(ctx, sectionId, ip, 'section.view');
    const row = await this.row(sectionId);
    const rule = this.allowedRule(command.actor, row.status, request);
    const move = { from: row.status, to: rule.to };
    const versionNumber = await this.lock.freezeUnder(sectionId, move, async (frozen) => {
      if (rule.name === 'request_signoff') refuseOpenSuggestions(frozen.state);
      const checks = rule.name === 'request_signoff' ? await this.gate.checks(command.section, row) : [];
      return this.commands.commit(command.scope, async (fx) => {
        const now = new Date();
        // The guarded move comes first: it takes the row lock, so a second press waits, then finds
        // the section moved and gives up before it numbers a version.
        const moved = await this.repo.move(fx.tx, sectionId, row.status, this.changesFor(rule, row, request, now));
        if (!moved)
          throw new AppError(
            HttpStatus.CONFLICT,
            ErrorCode.InvalidTransition,
            'Someone else moved the section first; reload to see where it is',
          );
        if (rule.name === 'request_signoff') {
          await this.gate.pass(fx, checks, row, request.overrides, {
            userId: ctx.user.id,
            name: ctx.user.name,
            role: command.section.role,
          });
        }
        const version = await this.lock.saveVersion(fx.tx, sectionId, frozen, {
          name: STEP_NAMES[rule.name],
          reason: rule.name,
          createdById: ctx.user.id,
        });
        if (rule.name === 'request_signoff') await this.repo.setSignoffVersion(fx.tx, sectionId, version.number);
        if (rule.name === 'share_with_family') {
          const parents = await this.notificationRows.team(fx.tx, sectionId, ['parent']);
          const detail = { respondBy: request.respondBy ?? null };
          await fx.notify(
            parents.map((p) => ({
              userId: p.userId,
              kind: 'shared_for_review',
              sectionId,
              actorId: ctx.user.id,
              detail,
            })),
          );
        }
        if (rule.name === 'request_signoff') {
          // Each signer hears that their signature is needed, in the app and by mail.
          const team = await this.notificationRows.team(fx.tx, sectionId);
          const detail = { versionNumber: version.number };
          await fx.notify(
            team
              .filter((m) => m.userId !== ctx.user.id)
              .filter((m) => can({ userId: m.userId, role: m.role }, 'section.sign', { status: rule.to }))
              .map((m) => ({ userId: m.userId, kind: 'signature_needed', sectionId, actorId: ctx.user.id, detail })),
          );
        }
        if (rule.name === 'reopen_meeting' && row.signoffVersion !== null) {
          const reason = `Reopened for changes by ${ctx.user.name}`;
          const signers = await this.notificationRows.activeSigners(fx.tx, sectionId, row.signoffVersion);
          const detail = { reason, versionNumber: row.signoffVersion };
          await fx.notify(
            signers
              .filter((id) => id !== ctx.user.id)
              .map((userId) => ({ userId, kind: 'signatures_voided', sectionId, actorId: ctx.user.id, detail })),
          );
          await this.repo.voidSignatures(fx.tx, sectionId, row.signoffVersion, now, reason);
        }
        await fx.audit('section.transition', {
          transition: rule.name,
          from: row.status,
          to: rule.to,
          versionNumber: version.number,
          contentHash: frozen.hash,
          respondBy: request.respondBy ?? null,
          note: request.note ?? null,
        });
        fx.publish(() =>
          this.events.status({
            sectionId,
            status: rule.to,
            transition: rule.name,
            by: { name: ctx.user.name, role: command.section.role },
            versionNumber: version.number,
          }),
        );
        return version.number;
      });
    });
    return { status: rule.to, versionNumber };
  }

  /** The rule for the requested move, or the error that explains (to whom it concerns) why not. */
  private allowedRule(actor: Actor, status: SectionStatus, request: TransitionRequest): TransitionRule {
    const check = checkTransition(actor, status, request.to);
    if (!check.ok) {
      // A move by signature is explained to the one whose signature takes it; to others it is just refused.
      if (
        check.reason === 'role_not_allowed' ||
        (check.reason === 'by_signature_only' && !can(actor, 'section.approve', { status }))
      ) {
        throw AppError.forbidden('Your role cannot make this move');
      }
      const allowed = availableTransitions(actor, status).map((t) => t.to);
      const message =
        check.reason === 'by_signature_only'
          ? 'A section is approved by the administrator’s signature, after the OT and the family have signed'
          : `A section in ${status} cannot move to ${request.to}`;
      throw new AppError(HttpStatus.CONFLICT, ErrorCode.InvalidTransition, message, {
        from: status,
        to: request.to,
        allowed,
      });
    }
    if (check.rule.name === 'share_with_family' && (request.respondBy === undefined || request.respondBy < today())) {
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.ValidationFailed,
        'Give the date, today or later, by which the family is asked to respond',
        { fields: [{ field: 'respondBy', message: 'A date today or later' }] },
      );
    }
    return check.rule;
  }

  /** The family answers the shared draft (in family review, by a parent). */
  async familyResponse(
    ctx: AuthContext,
    sectionId: string,
    note: string | undefined,
    ip: string,
  ): Promise<WorkflowState> {
    const command = await this.commands.onSection(ctx, sectionId, ip, 'section.view');
    const row = await this.row(sectionId);
    // Asked of the role alone first: a teacher is refused (403) whatever the state; the family, out of review, is told it is over (409).
    if (!can(command.actor, 'family.respond', { status: 'family_review' }))
      throw AppError.forbidden('Only the family answers a shared draft');
    if (row.status !== 'family_review')
      throw new AppError(HttpStatus.CONFLICT, ErrorCode.Conflict, 'The draft is not waiting for the family’s response');
    await this.commands.commit(command.scope, async (fx) => {
      await this.repo.recordFamilyResponse(fx.tx, sectionId, new Date(), note ?? null);
      await fx.audit('section.family_responded', { note: note ?? null });
      fx.publish(() =>
        this.events.signoff({
          sectionId,
          change: 'family_responded',
          versionNumber: null,
          by: { name: ctx.user.name, role: command.section.role },
        }),
      );
    });
    return this.stateOf(command.actor, await this.row(sectionId));
  }

  private changesFor(
    rule: TransitionRule,
    row: WorkflowRow,
    request: TransitionRequest,
    now: Date,
  ): Prisma.OtSectionUpdateManyMutationInput {
    switch (rule.name) {
      case 'share_with_family':
        return {
          status: rule.to,
          familyRespondBy: request.respondBy ? new Date(`${request.respondBy}T00:00:00Z`) : null,
          familyDeliveredAt: now,
          familyFirstOpenedAt: null,
          familyRespondedAt: null,
          familyResponseNote: null,
        };
      case 'reopen_meeting':
        return { status: rule.to, signoffVersion: null };
      case 'amend':
        // The approved version stays as it was; the new draft records where it came from.
        return { status: rule.to, amendmentOf: row.signoffVersion, signoffVersion: null, version: { increment: 1 } };
      default:
        return { status: rule.to };
    }
  }
}
