import { Injectable } from '@nestjs/common';
import type { SectionStatus } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import type { Tx } from '../../db/tx';
import { ACTIVE_MEMBER } from '../access/team.repository';

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
  version: true,
  complianceOverrides: {
    select: {
      planVersion: true,
      checkKey: true,
      code: true,
      target: true,
      reason: true,
      byName: true,
      role: true,
      createdAt: true,
    },
    orderBy: { createdAt: 'asc' },
  },
} as const;

export type WorkflowRow = Prisma.OtSectionGetPayload<{ select: typeof workflowFields }>;

/** Data access for the section's workflow fields. */
@Injectable()
export class WorkflowRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(sectionId: string): Promise<WorkflowRow | null> {
    return this.prisma.client.otSection.findUnique({ where: { id: sectionId }, select: workflowFields });
  }

  /**
   * Moves the section only if it is still where the caller saw it: two people pressing at once
   * cannot both move it. Returns false when someone else moved it first.
   */
  async move(
    tx: Tx,
    sectionId: string,
    from: SectionStatus,
    data: Prisma.OtSectionUpdateManyMutationInput,
  ): Promise<boolean> {
    const { count } = await tx.otSection.updateMany({ where: { id: sectionId, status: from }, data });
    return count === 1;
  }

  async setSignoffVersion(tx: Tx, sectionId: string, versionNumber: number): Promise<void> {
    await tx.otSection.update({ where: { id: sectionId }, data: { signoffVersion: versionNumber } });
  }

  async recordFamilyResponse(tx: Tx, sectionId: string, at: Date, note: string | null): Promise<void> {
    await tx.otSection.update({ where: { id: sectionId }, data: { familyRespondedAt: at, familyResponseNote: note } });
  }

  /** Voids the signatures still in force on a version (a reopened or changed sign-off), with why. */
  async voidSignatures(tx: Tx, sectionId: string, versionNumber: number, at: Date, reason: string): Promise<number> {
    const { count } = await tx.signature.updateMany({
      where: { sectionId, versionNumber, voidedAt: null },
      data: { voidedAt: at, voidReason: reason },
    });
    return count;
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
