import { Injectable } from '@nestjs/common';
import type { OpenSuggestion, Role, SectionStatus, SuggestionDecisionView } from '@iep/shared';
import type { Prisma } from '../../generated/prisma/client';
import { PrismaService } from '../../db/prisma.service';

export type SuggestionOutcome = SuggestionDecisionView['outcome'];

/** The record of decided suggestions, and the section row lock deciding takes. */
@Injectable()
export class SuggestionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Locks the section row (a workflow move waits) and reads its state. */
  async lockSectionIn(tx: Prisma.TransactionClient, sectionId: string): Promise<SectionStatus | null> {
    const rows = await tx.$queryRaw<
      { status: SectionStatus }[]
    >`SELECT status::text AS status FROM "OtSection" WHERE id = ${sectionId}::uuid FOR UPDATE`;
    return rows[0]?.status ?? null;
  }

  async storeUpdateIn(tx: Prisma.TransactionClient, sectionId: string, update: Uint8Array, userId: string) {
    await tx.sectionUpdate.create({ data: { sectionId, update: Uint8Array.from(update), userId } });
  }

  async recordDecisionsIn(
    tx: Prisma.TransactionClient,
    sectionId: string,
    decided: OpenSuggestion[],
    outcome: SuggestionOutcome,
    by: { id: string; role: Role },
    at: Date,
  ): Promise<void> {
    await tx.suggestionDecision.createMany({
      data: decided.map((s) => ({
        sectionId,
        suggestionId: s.id,
        part: s.part,
        authorId: s.authorId,
        authorName: s.authorName,
        authorRole: s.role,
        suggestedAt: s.at,
        inserted: s.inserted,
        deleted: s.deleted,
        outcome,
        decidedById: by.id,
        decidedByRole: by.role,
        decidedAt: at,
      })),
    });
  }

  list(sectionId: string) {
    return this.prisma.client.suggestionDecision.findMany({
      where: { sectionId },
      orderBy: [{ decidedAt: 'desc' }, { id: 'asc' }],
      take: 500,
    });
  }
}
