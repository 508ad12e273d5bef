import { Injectable } from '@nestjs/common';
import type { Role } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { ACTIVE_MEMBER } from '../students/team.repository';

export interface MembershipRow {
  id: string;
  role: Role;
  authorityRevokedAt: Date | null;
}

/** Data access for changing who is on a student's team. */
@Injectable()
export class TeamMembershipRepository {
  constructor(private readonly prisma: PrismaService) {}

  membership(tx: Prisma.TransactionClient, studentId: string, userId: string): Promise<MembershipRow | null> {
    return tx.teamMembership.findUnique({
      where: { studentId_userId: { studentId, userId } },
      select: { id: true, role: true, authorityRevokedAt: true },
    });
  }

  /** Active members who can run the team (OT or administrator), other than `exceptUserId`. */
  otherLeaders(tx: Prisma.TransactionClient, studentId: string, exceptUserId: string): Promise<number> {
    return tx.teamMembership.count({
      where: { studentId, ...ACTIVE_MEMBER, role: { in: ['ot', 'admin'] }, userId: { not: exceptUserId } },
    });
  }

  async setRole(tx: Prisma.TransactionClient, id: string, role: Role): Promise<void> {
    await tx.teamMembership.update({ where: { id }, data: { role } });
  }

  async remove(tx: Prisma.TransactionClient, id: string): Promise<void> {
    await tx.teamMembership.delete({ where: { id } });
  }

  /** Marks the authority revoked only if it still stands: false when someone else got there first. */
  async revokeAuthority(tx: Prisma.TransactionClient, id: string, reason: string): Promise<boolean> {
    const { count } = await tx.teamMembership.updateMany({
      where: { id, authorityRevokedAt: null },
      data: { authorityRevokedAt: new Date(), authorityRevokedReason: reason },
    });
    return count === 1;
  }

  async sectionIds(studentId: string): Promise<string[]> {
    const rows = await this.prisma.client.otSection.findMany({ where: { plan: { studentId } }, select: { id: true } });
    return rows.map((r) => r.id);
  }
}
