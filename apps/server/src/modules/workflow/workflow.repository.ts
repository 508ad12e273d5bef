import { Injectable } from '@nestjs/common';
import type { SectionStatus } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { ACTIVE_MEMBER } from '../students/team.repository';

export const workflowFields = {
  id: true,
  status: true,
  familyRespondBy: true,
  familyDeliveredAt: true,
  familyFirstOpenedAt: true,
  familyRespondedAt: true,
  familyResponseNote: true,
  amendmentOf: true,
  signoffVersion: true,
} as const;

export type WorkflowRow = Prisma.OtSectionGetPayload<{ select: typeof workflowFields }>;

/** Data access for the section's workflow fields. */
@Injectable()
export class WorkflowRepository {
  constructor(private readonly prisma: PrismaService) {}

  get db() {
    return this.prisma.client;
  }

  find(sectionId: string): Promise<WorkflowRow | null> {
    return this.prisma.client.otSection.findUnique({ where: { id: sectionId }, select: workflowFields });
  }

  /**
   * Moves the section only if it is still where the caller saw it: two people pressing at once
   * cannot both move it. Returns false when someone else moved it first.
   */
  async move(
    tx: Prisma.TransactionClient,
    sectionId: string,
    from: SectionStatus,
    data: Prisma.OtSectionUpdateManyMutationInput,
  ): Promise<boolean> {
    const { count } = await tx.otSection.updateMany({ where: { id: sectionId, status: from }, data });
    return count === 1;
  }

  /** Marks when a parent first opened the shared draft; only the first call writes. */
  async markFirstOpened(sectionId: string, at: Date): Promise<boolean> {
    const { count } = await this.prisma.client.otSection.updateMany({
      where: { id: sectionId, status: 'family_review', familyFirstOpenedAt: null },
      data: { familyFirstOpenedAt: at },
    });
    return count === 1;
  }

  /** The sections on the teams a person is on, with what the dashboard needs to sort them. */
  dashboardRows(userId: string) {
    return this.prisma.client.teamMembership.findMany({
      where: { userId, ...ACTIVE_MEMBER },
      select: {
        role: true,
        student: {
          select: {
            id: true,
            firstName: true,
            lastName: true,
            plans: {
              select: {
                annualReviewDate: true,
                otSection: {
                  select: {
                    id: true,
                    status: true,
                    signoffVersion: true,
                    familyRespondBy: true,
                    familyRespondedAt: true,
                    signatures: {
                      where: { voidedAt: null },
                      select: { role: true, userId: true, versionNumber: true },
                    },
                  },
                },
              },
            },
          },
        },
      },
    });
  }
}
