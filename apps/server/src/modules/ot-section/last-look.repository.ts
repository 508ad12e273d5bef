import { Injectable } from '@nestjs/common';
import type { SectionSnapshotJson } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';

/** Data access for what each person last saw of a section. */
@Injectable()
export class LastLookRepository {
  constructor(private readonly prisma: PrismaService) {}

  async find(userId: string, sectionId: string): Promise<{ json: SectionSnapshotJson; seenAt: Date } | null> {
    const row = await this.prisma.client.sectionLastLook.findUnique({
      where: { userId_sectionId: { userId, sectionId } },
    });
    return row ? { json: row.json as unknown as SectionSnapshotJson, seenAt: row.seenAt } : null;
  }

  async save(userId: string, sectionId: string, snapshot: SectionSnapshotJson, seenAt: Date): Promise<void> {
    const json = JSON.parse(JSON.stringify(snapshot)) as object;
    await this.prisma.client.sectionLastLook.upsert({
      where: { userId_sectionId: { userId, sectionId } },
      create: { userId, sectionId, json, seenAt },
      update: { json, seenAt },
    });
  }
}
