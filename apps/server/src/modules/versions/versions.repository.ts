import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import type { Tx } from '../../db/tx';

export interface NewVersion {
  sectionId: string;
  name: string;
  reason: string;
  createdById: string | null;
  state: Uint8Array;
  json: Prisma.InputJsonValue;
  contentHash: string;
}

const summary = {
  number: true,
  name: true,
  reason: true,
  createdAt: true,
  contentHash: true,
  createdById: true,
} as const;

/** Data access for section versions. Numbers are 1, 2, 3… per section, never reused. */
@Injectable()
export class VersionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Inserts with the next number inside the caller's transaction (a workflow step saves one). */
  async insertIn(tx: Tx, v: NewVersion) {
    const last = await tx.sectionVersion.findFirst({
      where: { sectionId: v.sectionId },
      orderBy: { number: 'desc' },
      select: { number: true },
    });
    return tx.sectionVersion.create({
      data: { ...v, state: Uint8Array.from(v.state), number: (last?.number ?? 0) + 1 },
      select: summary,
    });
  }

  list(sectionId: string) {
    return this.prisma.client.sectionVersion.findMany({
      where: { sectionId },
      orderBy: { number: 'asc' },
      select: summary,
    });
  }

  get(sectionId: string, number: number) {
    return this.prisma.client.sectionVersion.findUnique({
      where: { sectionId_number: { sectionId, number } },
      select: { ...summary, json: true },
    });
  }

  async userNames(ids: string[]): Promise<Map<string, string>> {
    const users = await this.prisma.client.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  }
}
