import { Injectable } from '@nestjs/common';
import type { ExcludedItem, Role, SignatureDecision } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

export interface NewSignature {
  sectionId: string;
  versionNumber: number;
  userId: string;
  role: Role;
  typedName: string;
  decision: SignatureDecision;
  excludedItems: ExcludedItem[];
  reason: string | null;
  contentHash: string;
  ip: string | null;
}

const signatureFields = {
  id: true,
  versionNumber: true,
  userId: true,
  role: true,
  typedName: true,
  decision: true,
  excludedItems: true,
  reason: true,
  contentHash: true,
  signedAt: true,
  voidedAt: true,
  voidReason: true,
  user: { select: { name: true } },
} as const;

export type SignatureRow = Prisma.SignatureGetPayload<{ select: typeof signatureFields }>;

/** Data access for signatures and consent revocations. Rows are never deleted. */
@Injectable()
export class SignoffRepository {
  constructor(private readonly prisma: PrismaService) {}

  get db() {
    return this.prisma.client;
  }

  /** Signatures of this cycle: versions after the approved one an amendment started from. */
  signatures(sectionId: string, afterVersion: number): Promise<SignatureRow[]> {
    return this.prisma.client.signature.findMany({
      where: { sectionId, versionNumber: { gt: afterVersion } },
      orderBy: { signedAt: 'asc' },
      select: signatureFields,
    });
  }

  insert(tx: Prisma.TransactionClient, s: NewSignature) {
    return tx.signature.create({ data: { ...s, excludedItems: s.excludedItems }, select: { id: true } });
  }

  revocations(sectionId: string) {
    return this.prisma.client.consentRevocation.findMany({
      where: { sectionId },
      orderBy: { revokedAt: 'asc' },
      select: { id: true, signatureId: true, reason: true, revokedAt: true, user: { select: { name: true } } },
    });
  }

  versionHash(sectionId: string, number: number) {
    return this.prisma.client.sectionVersion.findUnique({
      where: { sectionId_number: { sectionId, number } },
      select: { contentHash: true, createdAt: true },
    });
  }

  /** Who wrote in the document since a moment, from the update log (compaction may have folded some). */
  async editorsSince(sectionId: string, since: Date): Promise<string[]> {
    const rows = await this.prisma.client.sectionUpdate.findMany({
      where: { sectionId, createdAt: { gt: since }, userId: { not: null } },
      distinct: ['userId'],
      select: { userId: true },
    });
    const ids = rows.flatMap((r) => (r.userId ? [r.userId] : []));
    const users = await this.prisma.client.user.findMany({
      where: { id: { in: ids } },
      select: { name: true },
      orderBy: { name: 'asc' },
    });
    return users.map((u) => u.name);
  }
}
