import { Injectable } from '@nestjs/common';
import type { ExcludedItem, Role, SignatureDecision } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import type { Tx } from '../../db/tx';

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

  /** Signatures of this cycle: versions after the approved one an amendment started from. */
  signatures(sectionId: string, afterVersion: number): Promise<SignatureRow[]> {
    return this.prisma.client.signature.findMany({
      where: { sectionId, versionNumber: { gt: afterVersion } },
      orderBy: { signedAt: 'asc' },
      select: signatureFields,
    });
  }

  insert(tx: Tx, s: NewSignature) {
    return tx.signature.create({ data: { ...s, excludedItems: s.excludedItems }, select: { id: true } });
  }

  insertRevocation(tx: Tx, r: { sectionId: string; signatureId: string; userId: string; reason: string }) {
    return tx.consentRevocation.create({ data: r, select: { id: true } });
  }

  /** Points sign-off at a new version, only if it still waits on `from` (one refreeze wins). */
  async moveSignoffVersion(tx: Tx, sectionId: string, from: number, to: number): Promise<boolean> {
    const { count } = await tx.otSection.updateMany({
      where: { id: sectionId, status: 'pending_signoff', signoffVersion: from },
      data: { signoffVersion: to },
    });
    return count === 1;
  }

  async studentOf(sectionId: string): Promise<string | null> {
    const row = await this.prisma.client.otSection.findUnique({
      where: { id: sectionId },
      select: { plan: { select: { studentId: true } } },
    });
    return row?.plan.studentId ?? null;
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
