import { HttpStatus, Injectable } from '@nestjs/common';
import {
  consentInForce,
  ErrorCode,
  type Actor,
  type AuditAction,
  type BenefitsConsents,
  type BenefitsConsentView,
  type RecordBenefitsConsentRequest,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import type { AuthContext } from '../auth/auth.types';
import { TeamAccessService } from '../access/team-access.service';
import { AuditService, DISTRICT_ADMIN_ROLE } from '../audit/audit.service';
import { CommandRunner } from '../command/command-runner';
import { BillingRepository, type ConsentRow } from './billing.repository';

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
/** A day's slack on "today", for a school east of UTC. */
const latestDay = (): string => isoDay(new Date(Date.now() + 86_400_000));

export function consentView(c: ConsentRow): BenefitsConsentView {
  return {
    id: c.id,
    studentId: c.studentId,
    consentedOn: isoDay(c.consentedOn),
    recordedBy: c.recordedByName,
    recordedAt: c.recordedAt.toISOString(),
    annualNoticeSentOn: c.annualNoticeSentOn ? isoDay(c.annualNoticeSentOn) : null,
    revokedOn: c.revokedOn ? isoDay(c.revokedOn) : null,
    revokedRecordedBy: c.revokedRecordedByName,
  };
}

const badDate = (message: string): AppError =>
  new AppError(HttpStatus.BAD_REQUEST, ErrorCode.BenefitsDateInvalid, message);

/**
 * The family's one-time consent to bill public benefits (34 CFR 300.154(d)), the annual notice, and
 * revocation, which stops billing from its date. Recorded by staff the policy allows
 * (`billing.consent`); every read and change audited.
 */
@Injectable()
export class ConsentService {
  constructor(
    private readonly repo: BillingRepository,
    private readonly access: TeamAccessService,
    private readonly commands: CommandRunner,
    private readonly audit: AuditService,
  ) {}

  private scope(ctx: AuthContext, actor: Actor, studentId: string, ip: string | null) {
    return { actorId: ctx.user.id, actorRole: actor.role ?? DISTRICT_ADMIN_ROLE, studentId, ip };
  }

  async list(ctx: AuthContext, studentId: string, ip: string | null): Promise<BenefitsConsents> {
    const actor = await this.access.requireTeamAction(ctx.user.id, studentId, 'billing.consent');
    const rows = await this.repo.list(studentId);
    await this.audit.record({ ...this.scope(ctx, actor, studentId, ip), action: 'billing.consent_read' });
    const consents = rows.map(consentView);
    return { consents, inForce: consents.some((c) => consentInForce(c, isoDay(new Date()))) };
  }

  async record(
    ctx: AuthContext,
    studentId: string,
    body: RecordBenefitsConsentRequest,
    ip: string | null,
  ): Promise<BenefitsConsentView> {
    const actor = await this.access.requireTeamAction(ctx.user.id, studentId, 'billing.consent');
    if (body.consentedOn > latestDay()) throw badDate('The consent cannot be dated in the future');
    if (body.annualNoticeSentOn !== null && body.annualNoticeSentOn < body.consentedOn)
      throw badDate('The annual notice is sent on or after the consent');
    const row = await this.commands.transact(async (fx) => {
      await this.repo.lockStudent(fx.tx, studentId);
      const standing = await this.repo.unrevoked(fx.tx, studentId);
      if (standing)
        throw new AppError(
          HttpStatus.CONFLICT,
          ErrorCode.BenefitsConsentExists,
          'A consent is recorded and not revoked',
          {
            consentId: standing.id,
          },
        );
      const made = await this.repo.create(fx.tx, { studentId, ...body, by: ctx.user });
      await fx.record({
        ...this.scope(ctx, actor, studentId, ip),
        action: 'billing.consent_recorded',
        detail: { consentId: made.id, consentedOn: body.consentedOn },
      });
      return made;
    });
    return consentView(row);
  }

  /** The annual notice, or the revocation, of a consent (404 alike for missing and out of reach). */
  async change(
    ctx: AuthContext,
    id: string,
    change: { kind: 'notice' | 'revoke'; on: string },
    ip: string | null,
  ): Promise<BenefitsConsentView> {
    const found = await this.repo.find(id);
    if (!found) throw AppError.notFound('No such consent');
    const actor = await this.access
      .requireTeamAction(ctx.user.id, found.studentId, 'billing.consent')
      .catch((err: unknown) => {
        throw err instanceof AppError && err.status === HttpStatus.FORBIDDEN
          ? err
          : AppError.notFound('No such consent');
      });
    if (change.on > latestDay()) throw badDate('The date cannot be in the future');
    if (change.on < isoDay(found.consentedOn)) throw badDate('The date is before the consent was given');
    const action: AuditAction = change.kind === 'notice' ? 'billing.notice_recorded' : 'billing.consent_revoked';
    await this.commands.transact(async (fx) => {
      await this.repo.lockStudent(fx.tx, found.studentId);
      const current = await this.repo.find(id, fx.tx);
      if (!current || current.revokedOn !== null)
        throw new AppError(HttpStatus.CONFLICT, ErrorCode.BenefitsConsentRevoked, 'The consent was revoked');
      if (change.kind === 'notice') await this.repo.noticeSent(fx.tx, id, change.on);
      else await this.repo.revoke(fx.tx, id, change.on, ctx.user);
      await fx.record({
        ...this.scope(ctx, actor, found.studentId, ip),
        action,
        detail: { consentId: id, on: change.on },
      });
    });
    const after = await this.repo.find(id);
    if (!after) throw AppError.notFound('No such consent');
    return consentView(after);
  }
}
