import { Injectable } from '@nestjs/common';
import type { Role } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Tx } from '../../db/tx';

export interface NewOverride {
  sectionId: string;
  planVersion: number;
  checkKey: string;
  code: string;
  target: string;
  reason: string;
  userId: string;
  byName: string;
  role: Role;
}

/** Reasons recorded for failing compliance checks, and the record facts the gate reads. */
@Injectable()
export class ComplianceOverridesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async insert(tx: Tx, row: NewOverride): Promise<void> {
    await tx.complianceOverride.upsert({
      where: {
        sectionId_planVersion_checkKey: {
          sectionId: row.sectionId,
          planVersion: row.planVersion,
          checkKey: row.checkKey,
        },
      },
      create: row,
      update: { reason: row.reason, userId: row.userId, byName: row.byName, role: row.role, createdAt: new Date() },
    });
  }

  openProposals(sectionId: string): Promise<number> {
    return this.prisma.client.goalProposal.count({ where: { sectionId, status: 'open' } });
  }
}
