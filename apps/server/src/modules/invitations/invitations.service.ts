import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  isFamily,
  can,
  ErrorCode,
  type AcceptInvitation,
  type CreatedInvitation,
  type CreateInvitation,
  type InvitationDto,
  type InvitationPreview,
  type TeamPanel,
  type User,
  type Actor,
} from '@iep/shared';
import { AppError } from '../../common/app-error';
import { APP_CONFIG, type AppConfig } from '../../config';
import { CommandRunner } from '../command/command-runner';
import { AuthService, type UserRow } from '../auth/auth.service';
import type { AuthContext } from '../auth/auth.types';
import { assertStrongPassword } from '../auth/password-policy';
import { hashToken, newSessionToken } from '../auth/session-token';
import { DISTRICT_ADMIN_ROLE } from '../audit/audit.service';
import { TeamAccessService } from '../access/team-access.service';
import { isUniqueViolation } from '../district/unique-violation';
import { mailLocale } from '../mail/i18n/mail-i18n';
import { timeZoneOr } from '../mail/mail-format';
import { MailService } from '../mail/mail.service';
import { invitationMail } from './invitation-mail';
import { InvitationsRepository, type InvitationRow } from './invitations.repository';

export interface Caller {
  userId: string;
  ip: string;
  /** Where the app is opened, for the link when PUBLIC_URL is not set. */
  origin: string;
}

export interface Accepted {
  studentId: string;
  userId: string;
  /** A new session when the invitee proved who they are here (new account, or their password). */
  session: { user: User; token: string; expiresAt: Date } | null;
}

export function invitationStatus(row: InvitationRow, now = new Date()): InvitationDto['status'] {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

/** The link's state as an error: 409 with LINK_USED, LINK_REVOKED or LINK_EXPIRED; null while open. */
function closedLinkError(row: InvitationRow, now: Date): AppError | null {
  switch (invitationStatus(row, now)) {
    case 'accepted':
      return new AppError(HttpStatus.CONFLICT, ErrorCode.LinkUsed, 'This invitation was already used');
    case 'revoked':
      return new AppError(HttpStatus.CONFLICT, ErrorCode.LinkRevoked, 'This invitation was withdrawn');
    case 'expired':
      return new AppError(HttpStatus.CONFLICT, ErrorCode.LinkExpired, 'This invitation has expired');
    case 'pending':
      return null;
  }
}

const auditRole = (actor: Actor): string => actor.role ?? DISTRICT_ADMIN_ROLE;

/**
 * Invitations onto a student's team: created by the student's OT or administrator, or a district
 * administrator; a one-time link (only its SHA-256 is stored) that expires and can be revoked.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly repo: InvitationsRepository,
    private readonly access: TeamAccessService,
    private readonly commands: CommandRunner,
    private readonly auth: AuthService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async team(userId: string, studentId: string): Promise<TeamPanel> {
    const actor = await this.access.requireTeamAction(userId, studentId, 'team.view');
    const canInvite = can(actor, 'team.invite');
    const [student, members, invitations] = await Promise.all([
      this.repo.student(studentId),
      this.repo.members(studentId),
      canInvite ? this.list(userId, studentId) : Promise.resolve([]),
    ]);
    if (!student) throw AppError.notFound('No such student');
    return {
      student: { id: student.id, firstName: student.firstName, lastName: student.lastName },
      members: members.map((m) => ({
        userId: m.user.id,
        name: m.user.name,
        email: canInvite ? m.user.email : null,
        role: m.role,
        joinedAt: m.createdAt.toISOString(),
        authorityRevokedAt: m.authorityRevokedAt ? m.authorityRevokedAt.toISOString() : null,
      })),
      invitations,
      canInvite,
      canManage: can(actor, 'team.manage'),
    };
  }

  async list(userId: string, studentId: string): Promise<InvitationDto[]> {
    await this.access.requireTeamAction(userId, studentId, 'team.invite');
    return this.views(await this.repo.list(studentId));
  }

  async create(caller: Caller, studentId: string, input: CreateInvitation): Promise<CreatedInvitation> {
    const standing = await this.access.requireTeamAction(caller.userId, studentId, 'team.invite');
    const now = new Date();
    const token = newSessionToken();
    const row = await this.commands.transact(async (fx) => {
      const { tx } = fx;
      await this.repo.lockStudent(tx, studentId);
      if (
        (await this.repo.onTeam(tx, studentId, input.email)) ||
        (await this.repo.hasOpenInvitation(tx, studentId, input.email, now))
      ) {
        throw new AppError(
          HttpStatus.CONFLICT,
          ErrorCode.AlreadyOnTeam,
          'That address is already on the team or has an open invitation',
        );
      }
      const created = await this.repo.create(tx, {
        studentId,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: caller.userId,
        expiresAt: new Date(now.getTime() + this.config.invitationTtlMs),
      });
      await fx.record({
        action: 'invitation.created',
        actorId: caller.userId,
        actorRole: auditRole(standing),
        studentId,
        ip: caller.ip,
        detail: { invitationId: created.id, email: created.email, role: created.role },
      });
      return created;
    });
    const link = `${this.config.publicUrl ?? caller.origin}/invite/${token}`;
    const [student, names, account] = await Promise.all([
      this.repo.student(studentId),
      this.repo.names([caller.userId]),
      this.repo.userByEmail(row.email),
    ]);
    await this.mail.send({
      to: row.email,
      ...invitationMail({
        inviterName: names.get(caller.userId) ?? '',
        studentFirstName: student?.firstName ?? '',
        role: row.role,
        expiresAt: row.expiresAt,
        // Someone with an account reads their own language; a new family member the family's.
        language: mailLocale(account?.locale ?? (isFamily(row.role) ? student?.preferredLanguage : null)),
        timeZone: timeZoneOr(student?.school.district.timeZone),
      }),
      districtId: student?.school.districtId ?? null,
      secret: { value: link, expiresAt: row.expiresAt },
    });
    const [invitation] = await this.views([row]);
    if (!invitation) throw new Error('invitation view missing');
    return { invitation, link, mailed: this.mail.configured };
  }

  /** Revoking twice is harmless; revoking an accepted invitation is 409 LINK_USED. */
  async revoke(caller: Caller, id: string): Promise<InvitationDto> {
    const row = await this.repo.byId(id);
    if (!row) throw AppError.notFound('No such invitation');
    const standing = await this.access.requireTeamAction(caller.userId, row.studentId, 'team.invite');
    const now = new Date();
    await this.commands.transact(async (fx) => {
      const { tx } = fx;
      if (!(await this.repo.revoke(tx, id, caller.userId, now))) {
        const fresh = await this.repo.current(tx, id);
        if (fresh?.acceptedAt)
          throw new AppError(HttpStatus.CONFLICT, ErrorCode.LinkUsed, 'The invitation was already accepted');
        return;
      }
      await fx.record({
        action: 'invitation.revoked',
        actorId: caller.userId,
        actorRole: auditRole(standing),
        studentId: row.studentId,
        ip: caller.ip,
        detail: { invitationId: id, email: row.email, role: row.role },
      });
    });
    const fresh = await this.repo.byId(id);
    const [view] = await this.views(fresh ? [fresh] : []);
    if (!view) throw AppError.notFound('No such invitation');
    return view;
  }

  /** What the link shows before it is accepted: 404 unknown, 409 LINK_* when it no longer works. */
  async preview(token: string): Promise<InvitationPreview> {
    const row = await this.repo.byTokenHash(hashToken(token));
    if (!row) throw AppError.notFound('No such invitation');
    const closed = closedLinkError(row, new Date());
    if (closed) throw closed;
    const [names, account] = await Promise.all([this.repo.names([row.invitedById]), this.repo.userByEmail(row.email)]);
    return {
      inviterName: names.get(row.invitedById) ?? '',
      studentFirstName: row.student.firstName,
      role: row.role,
      email: row.email,
      hasAccount: account !== null,
      expiresAt: row.expiresAt.toISOString(),
    };
  }

  /**
   * Accepts in one transaction: the invitation is claimed with a conditional update (so a link used
   * twice, even at once, makes one membership), the account is created when the address has none,
   * and the membership is added. A new account, or an existing one proved by its password, is
   * signed in; an existing account may also accept while signed in as itself.
   */
  async accept(input: AcceptInvitation, ip: string, current: AuthContext | null): Promise<Accepted> {
    const row = await this.repo.byTokenHash(hashToken(input.token));
    if (!row) throw AppError.notFound('No such invitation');
    const closed = closedLinkError(row, new Date());
    if (closed) throw closed;
    const existing = await this.repo.userByEmail(row.email);
    const prepared = existing
      ? await this.proveExisting(existing, row.email, input, ip, current)
      : await this.prepareNew(input, row.email);
    const now = new Date();
    let user: UserRow;
    try {
      user = await this.commands.transact(async (fx) => {
        const { tx } = fx;
        if (!(await this.repo.claim(tx, row.id, now))) {
          const fresh = await this.repo.current(tx, row.id);
          throw (
            (fresh && closedLinkError(fresh, now)) ??
            new AppError(HttpStatus.CONFLICT, ErrorCode.LinkUsed, 'This invitation was already used')
          );
        }
        const account = prepared.kind === 'existing' ? prepared.user : await this.repo.createUser(tx, prepared.data);
        await this.repo.setAcceptedBy(tx, row.id, account.id);
        if (await this.repo.isMember(tx, row.studentId, account.id)) {
          throw new AppError(HttpStatus.CONFLICT, ErrorCode.AlreadyOnTeam, 'This account is already on the team');
        }
        await this.repo.addMember(tx, row.studentId, account.id, row.role);
        await fx.record({
          action: 'invitation.accepted',
          actorId: account.id,
          actorRole: row.role,
          studentId: row.studentId,
          ip,
          detail: { invitationId: row.id, email: row.email, role: row.role, newAccount: prepared.kind === 'new' },
        });
        return account;
      });
    } catch (error) {
      // A concurrent accept created the same account first: the link was used.
      if (isUniqueViolation(error))
        throw new AppError(HttpStatus.CONFLICT, ErrorCode.LinkUsed, 'This invitation was already used');
      throw error;
    }
    const session = prepared.signIn
      ? await this.auth.startSession(user, ip, { action: 'auth.login_invitation' })
      : null;
    return { studentId: row.studentId, userId: user.id, session };
  }

  private async proveExisting(
    user: UserRow,
    email: string,
    input: AcceptInvitation,
    ip: string,
    current: AuthContext | null,
  ) {
    if (current && current.user.id === user.id) return { kind: 'existing' as const, user, signIn: false };
    if (input.password !== undefined) {
      const proved = await this.auth.verifyCredentials({ email, password: input.password }, ip);
      return { kind: 'existing' as const, user: proved, signIn: true };
    }
    if (current)
      throw AppError.forbidden('This invitation is for another account; sign out and sign in as the invited address');
    throw AppError.unauthenticated('Sign in as the invited address, or give its password');
  }

  private async prepareNew(input: AcceptInvitation, email: string) {
    const missing = [
      ...(input.name === undefined ? ['name'] : []),
      ...(input.password === undefined ? ['password'] : []),
    ];
    if (input.name === undefined || input.password === undefined) {
      throw new AppError(HttpStatus.BAD_REQUEST, ErrorCode.ValidationFailed, `Invalid input: ${missing.join(', ')}`, {
        fields: missing.map((field) => ({ field, message: 'required' })),
      });
    }
    assertStrongPassword(input.password);
    const passwordHash = await this.auth.hashPassword(input.password);
    return {
      kind: 'new' as const,
      data: { email, name: input.name, passwordHash, locale: input.locale ?? 'en' },
      signIn: true,
    };
  }

  private async views(rows: InvitationRow[]): Promise<InvitationDto[]> {
    const names = await this.repo.names(rows.map((r) => r.invitedById));
    const now = new Date();
    return rows.map((r) => ({
      id: r.id,
      studentId: r.studentId,
      email: r.email,
      role: r.role,
      status: invitationStatus(r, now),
      invitedBy: names.get(r.invitedById) ?? '',
      createdAt: r.createdAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
      acceptedAt: r.acceptedAt ? r.acceptedAt.toISOString() : null,
      revokedAt: r.revokedAt ? r.revokedAt.toISOString() : null,
    }));
  }
}
