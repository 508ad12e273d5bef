import { Injectable } from '@nestjs/common';
import type { Role, SectionStatus } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Tx } from '../../db/tx';

export interface SectionAccessRow {
  sectionId: string;
  status: SectionStatus;
  version: number;
  planId: string;
  studentId: string;
  studentName: string;
  studentFirstName: string;
  studentDateOfBirth: Date;
  meetingDate: Date | null;
  annualReviewDate: Date | null;
  /** The caller's role on the student's team, or null when they are not on it. */
  role: Role | null;
}

/**
 * Memberships that give access. A parent whose authority was revoked (a custody order) keeps a row,
 * so the team sees what happened, but is nowhere a member: every query of the team uses this.
 */
export const ACTIVE_MEMBER = { authorityRevokedAt: null } as const;

export interface MembershipRow {
  id: string;
  role: Role;
  authorityRevokedAt: Date | null;
}

/** The one team repository: students, their teams (who is on them, and changes to that) and the sections of their plans. */
@Injectable()
export class TeamRepository {
  constructor(private readonly prisma: PrismaService) {}

  listForUser(userId: string) {
    return this.prisma.client.teamMembership.findMany({
      where: { userId, ...ACTIVE_MEMBER },
      orderBy: [{ student: { lastName: 'asc' } }, { student: { firstName: 'asc' } }],
      include: {
        student: {
          include: {
            school: true,
            plans: { orderBy: { createdAt: 'asc' }, include: { otSection: { select: { id: true, status: true } } } },
          },
        },
      },
    });
  }

  /** The caller's role on a student's team; null when the student does not exist or they are not on it. */
  async studentRole(userId: string, studentId: string): Promise<Role | null> {
    const row = await this.prisma.client.teamMembership.findFirst({
      where: { studentId, userId, ...ACTIVE_MEMBER },
      select: { role: true },
    });
    return row?.role ?? null;
  }

  /** Whether the person administers the district the student's school belongs to. */
  async districtAdminOf(userId: string, studentId: string): Promise<boolean> {
    const count = await this.prisma.client.districtAdmin.count({
      where: { userId, district: { schools: { some: { students: { some: { id: studentId } } } } } },
    });
    return count > 0;
  }

  async sectionAccess(userId: string, sectionId: string): Promise<SectionAccessRow | null> {
    const section = await this.prisma.client.otSection.findUnique({
      where: { id: sectionId },
      include: {
        plan: {
          include: {
            student: { include: { team: { where: { userId, ...ACTIVE_MEMBER }, select: { role: true } } } },
          },
        },
      },
    });
    if (!section) return null;
    const student = section.plan.student;
    return {
      sectionId: section.id,
      status: section.status,
      version: section.version,
      planId: section.planId,
      studentId: student.id,
      studentName: `${student.firstName} ${student.lastName}`,
      studentFirstName: student.firstName,
      studentDateOfBirth: student.dateOfBirth,
      meetingDate: section.plan.meetingDate,
      annualReviewDate: section.plan.annualReviewDate,
      role: student.team[0]?.role ?? null,
    };
  }

  // --- Changing who is on the team (in the command's transaction) ---

  membership(tx: Tx, studentId: string, userId: string): Promise<MembershipRow | null> {
    return tx.teamMembership.findUnique({
      where: { studentId_userId: { studentId, userId } },
      select: { id: true, role: true, authorityRevokedAt: true },
    });
  }

  /** Active members who can run the team (OT or administrator), other than `exceptUserId`. */
  otherLeaders(tx: Tx, studentId: string, exceptUserId: string): Promise<number> {
    return tx.teamMembership.count({
      where: { studentId, ...ACTIVE_MEMBER, role: { in: ['ot', 'admin'] }, userId: { not: exceptUserId } },
    });
  }

  async setRole(tx: Tx, id: string, role: Role): Promise<void> {
    await tx.teamMembership.update({ where: { id }, data: { role } });
  }

  async remove(tx: Tx, id: string): Promise<void> {
    await tx.teamMembership.delete({ where: { id } });
  }

  /** Marks the authority revoked only if it still stands: false when someone else got there first. */
  async revokeAuthority(tx: Tx, id: string, reason: string): Promise<boolean> {
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
