import { Injectable } from '@nestjs/common';
import type { Role } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

export type InvitationRow = Prisma.InvitationGetPayload<object>;

export interface NewInvitation {
  studentId: string;
  email: string;
  role: Role;
  tokenHash: string;
  invitedById: string;
  expiresAt: Date;
}

/** Data access for invitations and the team they lead onto. */
@Injectable()
export class InvitationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  student(studentId: string) {
    return this.prisma.client.student.findUnique({
      where: { id: studentId },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        preferredLanguage: true,
        school: { select: { districtId: true, district: { select: { timeZone: true } } } },
      },
    });
  }

  members(studentId: string) {
    return this.prisma.client.teamMembership.findMany({
      where: { studentId },
      orderBy: { createdAt: 'asc' },
      include: { user: { select: { id: true, name: true, email: true } } },
    });
  }

  list(studentId: string) {
    return this.prisma.client.invitation.findMany({ where: { studentId }, orderBy: { createdAt: 'desc' } });
  }

  byId(id: string) {
    return this.prisma.client.invitation.findUnique({ where: { id } });
  }

  byTokenHash(tokenHash: string) {
    return this.prisma.client.invitation.findUnique({
      where: { tokenHash },
      include: { student: { select: { firstName: true } } },
    });
  }

  async names(ids: string[]): Promise<Map<string, string>> {
    const users = await this.prisma.client.user.findMany({
      where: { id: { in: [...new Set(ids)] } },
      select: { id: true, name: true },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  }

  userByEmail(email: string) {
    return this.prisma.client.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, locale: true },
    });
  }

  /** Serialises invitations to one student, so two at once cannot both pass the open-invitation check. */
  async lockStudent(tx: Prisma.TransactionClient, studentId: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "Student" WHERE id = ${studentId}::uuid FOR UPDATE`;
  }

  async onTeam(tx: Prisma.TransactionClient, studentId: string, email: string): Promise<boolean> {
    return (await tx.teamMembership.count({ where: { studentId, user: { email } } })) > 0;
  }

  async hasOpenInvitation(tx: Prisma.TransactionClient, studentId: string, email: string, now: Date): Promise<boolean> {
    const open = await tx.invitation.count({
      where: { studentId, email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    });
    return open > 0;
  }

  create(tx: Prisma.TransactionClient, data: NewInvitation) {
    return tx.invitation.create({ data });
  }

  /** Revokes the invitation while it is still open; false when it was accepted or revoked meanwhile. */
  async revoke(tx: Prisma.TransactionClient, id: string, userId: string, now: Date): Promise<boolean> {
    const result = await tx.invitation.updateMany({
      where: { id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now, revokedById: userId },
    });
    return result.count === 1;
  }

  /**
   * Marks the invitation accepted only while it is open. The row lock makes a second, concurrent
   * accept wait for the first and then find it accepted: exactly one of them gets `true`.
   */
  async claim(tx: Prisma.TransactionClient, id: string, now: Date): Promise<boolean> {
    const result = await tx.invitation.updateMany({
      where: { id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    return result.count === 1;
  }

  current(tx: Prisma.TransactionClient, id: string) {
    return tx.invitation.findUnique({ where: { id } });
  }

  createUser(
    tx: Prisma.TransactionClient,
    data: { email: string; name: string; passwordHash: string; locale: string },
  ) {
    return tx.user.create({ data, select: { id: true, email: true, name: true, locale: true } });
  }

  setAcceptedBy(tx: Prisma.TransactionClient, id: string, userId: string) {
    return tx.invitation.update({ where: { id }, data: { acceptedById: userId } });
  }

  async isMember(tx: Prisma.TransactionClient, studentId: string, userId: string): Promise<boolean> {
    return (await tx.teamMembership.count({ where: { studentId, userId } })) > 0;
  }

  addMember(tx: Prisma.TransactionClient, studentId: string, userId: string, role: Role) {
    return tx.teamMembership.create({ data: { studentId, userId, role } });
  }
}
