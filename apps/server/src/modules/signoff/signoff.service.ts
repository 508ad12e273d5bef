import { HttpStatus, Injectable } from '@nestjs/common';
import {
  can,
  checkSignature,
  ErrorCode,
  missingSigners,
  type ExcludedItem,
  type SignoffState,
  type SignRequest,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import { CommandRunner } from '../command/command-runner';
import { SectionEvents } from '../../realtime/section-events';
import type { AuthContext } from '../auth/auth.types';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { TeamAccessService } from '../access/team-access.service';
import { consentFields, NoticeDrafts, triggerOfDecision } from '../notices/notice-drafts';
import { SectionLock } from '../versions/section-lock';
import type { FrozenSection } from '../versions/versions.service';
import { WorkflowRepository, type WorkflowRow } from '../workflow/workflow.repository';
import { WorkflowService } from '../workflow/workflow.service';
import { ComplianceGate } from '../workflow/compliance-gate';
import { SignoffRepository } from './signoff.repository';
import { SignoffWatch } from './signoff-watch';

/**
 * Names compared as people type them: case and runs of spaces aside, and without a label in
 * brackets that an account name may carry ("Ann Lee (Teacher)" is signed "Ann Lee").
 */
export const sameName = (typed: string, account: string): boolean => {
  const norm = (s: string) =>
    s
      .normalize('NFC')
      .replace(/\s*\([^)]*\)\s*$/, '')
      .trim()
      .replace(/\s+/g, ' ')
      .toLocaleLowerCase();
  return norm(typed) === norm(account);
};

function signError(reason: 'not_a_signer' | 'wrong_decision' | 'already_signed' | 'out_of_order'): AppError {
  switch (reason) {
    case 'not_a_signer':
      return new AppError(HttpStatus.FORBIDDEN, ErrorCode.NotASigner, 'Your role does not sign this section');
    case 'wrong_decision':
      return new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.ValidationFailed,
        'Parents consent, consent in part or do not consent; staff approve',
        {
          fields: [{ field: 'decision', message: 'Not a decision your role makes' }],
        },
      );
    case 'already_signed':
      return new AppError(HttpStatus.CONFLICT, ErrorCode.AlreadySigned, 'This version already has that signature');
    case 'out_of_order':
      return new AppError(
        HttpStatus.CONFLICT,
        ErrorCode.SignatureOutOfOrder,
        'The administrator signs last, after the OT and the family',
      );
  }
}

/** The live content no longer matches the version being signed. */
class ContentChanged extends Error {
  constructor(readonly live: FrozenSection) {
    super('content changed');
  }
}

/**
 * Signatures on the frozen version. The administrator's signature, last, approves the section:
 * the document is locked before the content is checked against the signed hash, and the
 * signature, the new state and their audit events are written in one transaction.
 */
@Injectable()
export class SignoffService {
  constructor(
    private readonly repo: SignoffRepository,
    private readonly workflowRows: WorkflowRepository,
    private readonly workflow: WorkflowService,
    private readonly access: TeamAccessService,
    private readonly commands: CommandRunner,
    private readonly lock: SectionLock,
    private readonly events: SectionEvents,
    private readonly watch: SignoffWatch,
    private readonly notificationRows: NotificationsRepository,
    private readonly gate: ComplianceGate,
    private readonly notices: NoticeDrafts,
  ) {}

  async state(ctx: AuthContext, sectionId: string): Promise<SignoffState> {
    await this.access.requireSection(ctx.user.id, sectionId, 'section.view');
    return this.stateOf(await this.workflow.row(sectionId));
  }

  async sign(ctx: AuthContext, sectionId: string, request: SignRequest, ip: string): Promise<SignoffState> {
    const command = await this.commands.onSection(ctx, sectionId, ip, 'section.view');
    const { actor } = command;
    const role = command.section.role;
    // Whether this role signs at all (403), before whether the section waits for signatures (409).
    if (!can(actor, 'section.sign', { status: 'pending_signoff' })) throw signError('not_a_signer');
    const row = await this.workflow.row(sectionId);
    if (row.status !== 'pending_signoff' || row.signoffVersion === null) {
      throw new AppError(
        HttpStatus.CONFLICT,
        row.status === 'approved' ? ErrorCode.SectionLocked : ErrorCode.Conflict,
        'The section is not waiting for signatures',
        { status: row.status },
      );
    }
    const current = row.signoffVersion;
    if (request.versionNumber !== current) {
      throw new AppError(
        HttpStatus.CONFLICT,
        ErrorCode.VersionNotCurrent,
        `Version ${request.versionNumber} is no longer the one being signed; sign version ${current}`,
        { currentVersion: current },
      );
    }
    if (!sameName(request.typedName, ctx.user.name)) {
      throw new AppError(
        HttpStatus.BAD_REQUEST,
        ErrorCode.SignatureNameMismatch,
        'Type your full name as it appears on your account',
        {
          fields: [{ field: 'typedName', message: 'Does not match your full name' }],
        },
      );
    }
    const given = await this.repo.signatures(sectionId, current - 1);
    const check = checkSignature(
      role,
      ctx.user.id,
      request.decision,
      given
        .filter((s) => s.versionNumber === current)
        .map((s) => ({ role: s.role, userId: s.userId, voided: s.voidedAt !== null })),
    );
    if (!check.ok) throw signError(check.reason);
    const version = await this.repo.versionHash(sectionId, current);
    if (!version) throw AppError.notFound('No such version');

    const approves = can(actor, 'section.approve', { status: row.status });
    const by = { name: ctx.user.name, role };
    // Lock first (approving): from here no update reaches the document, so the hash checked is the one approved.
    const move = approves ? { from: 'pending_signoff' as const, to: 'approved' as const } : null;
    await this.lock
      .freezeUnder(sectionId, move, async (live) => {
        if (live.hash !== version.contentHash) throw new ContentChanged(live);
        const checks = approves ? await this.gate.checks(command.section, row) : [];
        await this.commands.commit(command.scope, async (fx) => {
          const signature = await this.repo.insert(fx.tx, {
            sectionId,
            versionNumber: current,
            userId: ctx.user.id,
            role,
            typedName: request.typedName,
            decision: request.decision,
            excludedItems: request.decision === 'consent_in_part' ? (request.excludedItems ?? []) : [],
            reason: request.reason ?? null,
            contentHash: version.contentHash,
            ip,
          });
          await fx.audit('section.signed', {
            versionNumber: current,
            decision: request.decision,
            contentHash: version.contentHash,
          });
          fx.publish(() => this.events.signoff({ sectionId, change: 'signed', versionNumber: current, by }));
          // The family refused (all or part): the school owes them a Prior Written Notice (300.503).
          if (request.decision === 'no_consent' || request.decision === 'consent_in_part') {
            const decision = request.decision;
            await this.notices.draftIn(
              fx,
              { sectionId, trigger: triggerOfDecision(decision), sourceId: signature.id, createdById: null },
              consentFields(
                decision,
                current,
                decision === 'consent_in_part' ? (request.excludedItems ?? []) : [],
                request.reason ?? null,
                await this.notices.dataUsed(fx, sectionId),
              ),
            );
          }
          if (!approves) return;
          // The administrator's signature approves: only with every failing check explained.
          await this.gate.pass(fx, checks, row, request.overrides, { userId: ctx.user.id, name: ctx.user.name, role });
          const moved = await this.workflowRows.move(fx.tx, sectionId, 'pending_signoff', { status: 'approved' });
          if (!moved)
            throw new AppError(HttpStatus.CONFLICT, ErrorCode.Conflict, 'The section moved while you signed; reload');
          await fx.audit('section.transition', {
            transition: 'approve',
            from: 'pending_signoff',
            to: 'approved',
            versionNumber: current,
            contentHash: version.contentHash,
          });
          const team = await this.notificationRows.team(fx.tx, sectionId);
          await fx.notify(
            team
              .filter((m) => m.userId !== ctx.user.id)
              .map((m) => ({
                userId: m.userId,
                kind: 'section_approved',
                sectionId,
                actorId: ctx.user.id,
                detail: { versionNumber: current },
              })),
          );
          fx.publish(() =>
            this.events.status({ sectionId, status: 'approved', transition: 'approve', by, versionNumber: current }),
          );
        });
      })
      .catch(async (err: unknown) => {
        if (!(err instanceof ContentChanged)) throw err;
        // The lock is released by now; the changed content becomes the version to sign.
        const newer = await this.watch.refreeze(sectionId, row, err.live);
        throw new AppError(
          HttpStatus.CONFLICT,
          ErrorCode.ContentChanged,
          `The section changed after version ${current} was frozen; sign version ${newer ?? current}`,
          { currentVersion: newer ?? current },
        );
      });
    return this.stateOf(await this.workflow.row(sectionId));
  }

  /** A parent takes back consent given earlier; both stay in the record and the team is told. */
  async revoke(ctx: AuthContext, sectionId: string, reason: string, ip: string): Promise<SignoffState> {
    const command = await this.commands.onSection(ctx, sectionId, ip, 'section.view');
    if (!can(command.actor, 'consent.revoke', { status: command.section.status }))
      throw AppError.forbidden('Only a parent or guardian revokes consent');
    const row = await this.workflow.row(sectionId);
    const [signatures, revocations] = await Promise.all([
      this.repo.signatures(sectionId, (row.signoffVersion ?? 1) - 1),
      this.repo.revocations(sectionId),
    ]);
    const revoked = new Set(revocations.map((r) => r.signatureId));
    const consent = signatures.find(
      (s) =>
        s.userId === ctx.user.id &&
        s.versionNumber === row.signoffVersion &&
        s.voidedAt === null &&
        s.decision !== 'no_consent' &&
        !revoked.has(s.id),
    );
    if (!consent)
      throw new AppError(HttpStatus.CONFLICT, ErrorCode.Conflict, 'There is no consent of yours in force to revoke');
    await this.commands.commit(command.scope, async (fx) => {
      await this.repo.insertRevocation(fx.tx, { sectionId, signatureId: consent.id, userId: ctx.user.id, reason });
      await fx.audit('section.consent_revoked', {
        signatureId: consent.id,
        versionNumber: consent.versionNumber,
        reason,
      });
      const staff = await this.notificationRows.team(fx.tx, sectionId, ['ot', 'admin']);
      const detail = { reason, versionNumber: consent.versionNumber };
      await fx.notify(
        staff.map((m) => ({ userId: m.userId, kind: 'consent_revoked', sectionId, actorId: ctx.user.id, detail })),
      );
      fx.publish(() =>
        this.events.signoff({
          sectionId,
          change: 'revoked',
          versionNumber: consent.versionNumber,
          by: { name: ctx.user.name, role: command.section.role },
          reason,
        }),
      );
    });
    return this.stateOf(row);
  }

  async stateOf(row: WorkflowRow): Promise<SignoffState> {
    const cycleStart = row.amendmentOf ?? 0;
    const [signatures, revocations, version] = await Promise.all([
      this.repo.signatures(row.id, cycleStart),
      this.repo.revocations(row.id),
      row.signoffVersion === null ? null : this.repo.versionHash(row.id, row.signoffVersion),
    ]);
    const current = signatures.filter((s) => s.versionNumber === row.signoffVersion);
    return {
      status: row.status,
      version:
        row.signoffVersion !== null && version
          ? { number: row.signoffVersion, contentHash: version.contentHash, createdAt: version.createdAt.toISOString() }
          : null,
      signatures: signatures.map((s) => ({
        id: s.id,
        versionNumber: s.versionNumber,
        role: s.role,
        userId: s.userId,
        userName: s.user.name,
        typedName: s.typedName,
        decision: s.decision,
        excludedItems: s.excludedItems as unknown as ExcludedItem[],
        reason: s.reason,
        contentHash: s.contentHash,
        signedAt: s.signedAt.toISOString(),
        voidedAt: s.voidedAt ? s.voidedAt.toISOString() : null,
        voidReason: s.voidReason,
      })),
      revocations: revocations.map((r) => ({
        id: r.id,
        signatureId: r.signatureId,
        userName: r.user.name,
        reason: r.reason,
        revokedAt: r.revokedAt.toISOString(),
      })),
      missing:
        row.status === 'pending_signoff'
          ? missingSigners(current.map((s) => ({ role: s.role, userId: s.userId, voided: s.voidedAt !== null })))
          : [],
    };
  }
}
