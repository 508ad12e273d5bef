import { HttpStatus, Injectable } from '@nestjs/common';
import { can, ErrorCode, isFamily, type Actor, type AuditAction, type ChangeRoleRequest, type Role } from '@iep/shared';
import { AppError } from '../../common/app-error';
import { CollabServer } from '../../collab/collab.server';
import { RealtimeEvents } from '../../realtime/realtime-events';
import { CommandRunner } from '../command/command-runner';
import { DISTRICT_ADMIN_ROLE } from '../audit/audit.service';
import { TeamAccessService } from '../access/team-access.service';
import type { Prisma } from '../../generated/prisma/client';
import { TeamRepository, type MembershipRow } from '../access/team.repository';

/** A team keeps someone who leads its workflow (the policy's answer for the role). */
const leads = (role: Role): boolean => can({ userId: '', role }, 'section.transition');

/**
 * Changes to who is on a student's team. Each change and its audit event (who, why) commit
 * together; then the person's open sockets are re-checked at once, on every instance.
 */
@Injectable()
export class TeamService {
  constructor(
    private readonly access: TeamAccessService,
    private readonly repo: TeamRepository,
    private readonly commands: CommandRunner,
    private readonly collab: CollabServer,
    private readonly realtime: RealtimeEvents,
  ) {}

  async changeRole(
    userId: string,
    studentId: string,
    targetId: string,
    input: ChangeRoleRequest,
    ip: string,
  ): Promise<{ role: Role }> {
    const actor = await this.access.requireTeamAction(userId, studentId, 'team.manage');
    await this.commands.transact(async (fx) => {
      const { tx } = fx;
      const member = await this.activeMember(tx, studentId, targetId);
      if (member.role === input.role) return;
      if (leads(member.role) && !leads(input.role)) await this.keepALeader(tx, studentId, targetId);
      await this.repo.setRole(tx, member.id, input.role);
      await fx.record(
        this.event(actor, 'team.role_changed', studentId, ip, {
          userId: targetId,
          from: member.role,
          to: input.role,
          reason: input.reason,
        }),
      );
    });
    await this.propagate(targetId, studentId, input.role);
    return { role: input.role };
  }

  async remove(userId: string, studentId: string, targetId: string, reason: string, ip: string): Promise<void> {
    const actor = await this.access.requireTeamAction(userId, studentId, 'team.manage');
    await this.commands.transact(async (fx) => {
      const { tx } = fx;
      const member = await this.repo.membership(tx, studentId, targetId);
      if (!member) throw AppError.notFound('No such team member');
      if (leads(member.role) && member.authorityRevokedAt === null) await this.keepALeader(tx, studentId, targetId);
      await this.repo.remove(tx, member.id);
      await fx.record(
        this.event(actor, 'team.member_removed', studentId, ip, { userId: targetId, role: member.role, reason }),
      );
    });
    await this.propagate(targetId, studentId, null);
  }

  /** A custody order: the parent stays listed, with the reason, and keeps no access at all. */
  async revokeAuthority(
    userId: string,
    studentId: string,
    targetId: string,
    reason: string,
    ip: string,
  ): Promise<void> {
    const actor = await this.access.requireTeamAction(userId, studentId, 'team.manage');
    await this.commands.transact(async (fx) => {
      const { tx } = fx;
      const member = await this.activeMember(tx, studentId, targetId);
      if (!isFamily(member.role))
        throw new AppError(
          HttpStatus.BAD_REQUEST,
          ErrorCode.BadRequest,
          'Only a parent or guardian has parental authority to revoke',
        );
      if (!(await this.repo.revokeAuthority(tx, member.id, reason)))
        throw new AppError(HttpStatus.CONFLICT, ErrorCode.Conflict, 'Already revoked');
      await fx.record(this.event(actor, 'team.authority_revoked', studentId, ip, { userId: targetId, reason }));
    });
    await this.propagate(targetId, studentId, null);
  }

  private async activeMember(
    tx: Prisma.TransactionClient,
    studentId: string,
    targetId: string,
  ): Promise<MembershipRow> {
    const member = await this.repo.membership(tx, studentId, targetId);
    if (!member) throw AppError.notFound('No such team member');
    if (member.authorityRevokedAt !== null)
      throw new AppError(HttpStatus.CONFLICT, ErrorCode.Conflict, "This parent's authority was revoked");
    return member;
  }

  /** A team keeps someone who can run it: the last OT or administrator is not removed or demoted. */
  private async keepALeader(tx: Prisma.TransactionClient, studentId: string, targetId: string): Promise<void> {
    if ((await this.repo.otherLeaders(tx, studentId, targetId)) === 0) {
      throw new AppError(
        HttpStatus.CONFLICT,
        ErrorCode.LastLeader,
        'The team needs at least one OT or administrator; add another first',
      );
    }
  }

  private event(actor: Actor, action: AuditAction, studentId: string, ip: string, detail: Prisma.InputJsonObject) {
    return {
      action,
      actorId: actor.userId,
      actorRole: actor.role ?? (actor.districtAdmin ? DISTRICT_ADMIN_ROLE : null),
      studentId,
      ip,
      detail,
    };
  }

  /** Takes effect at once: socket.io rooms and document sockets of the person, on every instance. */
  private async propagate(targetId: string, studentId: string, role: Role | null): Promise<void> {
    const sectionIds = await this.repo.sectionIds(studentId);
    this.realtime.accessChanged(targetId, studentId, sectionIds, role);
    await this.collab.recheckAccess(targetId);
  }
}
