import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../db/prisma.service';

/** Data access for printing one version: the frozen row, who the student is, and who signed it. */
@Injectable()
export class ExportRepository {
  constructor(private readonly prisma: PrismaService) {}

  version(sectionId: string, number: number) {
    return this.prisma.client.sectionVersion.findUnique({
      where: { sectionId_number: { sectionId, number } },
      select: { number: true, name: true, reason: true, createdAt: true, contentHash: true, json: true },
    });
  }

  /** The section with its plan, student, school and team (oldest member first). */
  section(sectionId: string) {
    return this.prisma.client.otSection.findUnique({
      where: { id: sectionId },
      select: {
        status: true,
        signoffVersion: true,
        plan: {
          select: {
            kind: true,
            meetingDate: true,
            annualReviewDate: true,
            student: {
              select: {
                firstName: true,
                lastName: true,
                dateOfBirth: true,
                grade: true,
                preferredLanguage: true,
                school: {
                  select: {
                    name: true,
                    district: { select: { name: true, address: true, timeZone: true, logo: true } },
                  },
                },
                team: { orderBy: { createdAt: 'asc' }, select: { role: true, user: { select: { name: true } } } },
              },
            },
          },
        },
      },
    });
  }

  /** Every signature on the version, voided ones included, in the order they were given. */
  signatures(sectionId: string, versionNumber: number) {
    return this.prisma.client.signature.findMany({
      where: { sectionId, versionNumber },
      orderBy: { signedAt: 'asc' },
      select: {
        role: true,
        typedName: true,
        decision: true,
        excludedItems: true,
        reason: true,
        signedAt: true,
        contentHash: true,
        voidedAt: true,
        voidReason: true,
        user: { select: { name: true } },
      },
    });
  }

  /**
   * The attendance of the last (ended) meeting that had started when the version was saved, with
   * names: the version frozen as a meeting ends is saved just before its end is recorded.
   */
  async meetingBefore(sectionId: string, savedAt: Date) {
    const meeting = await this.prisma.client.meeting.findFirst({
      where: { sectionId, status: 'ended', startedAt: { lte: savedAt } },
      orderBy: { startedAt: 'desc' },
      select: { endedAt: true, attendance: { orderBy: { joinedAt: 'asc' } } },
    });
    if (!meeting) return null;
    const users = await this.prisma.client.user.findMany({
      where: { id: { in: meeting.attendance.map((a) => a.userId) } },
      select: { id: true, name: true },
    });
    return { meeting, names: new Map(users.map((u) => [u.id, u.name])) };
  }

  /** Revocations of consent given on this version. */
  revocations(sectionId: string, versionNumber: number) {
    return this.prisma.client.consentRevocation.findMany({
      where: { sectionId, signature: { versionNumber } },
      orderBy: { revokedAt: 'asc' },
      select: { reason: true, revokedAt: true, user: { select: { name: true } } },
    });
  }
}
