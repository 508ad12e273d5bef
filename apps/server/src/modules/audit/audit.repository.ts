import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

/** Reads the audit log (writes go through AuditService; nothing updates or deletes it). */
@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  events(where: Prisma.AuditEventWhereInput, limit: number) {
    return this.prisma.client.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: limit });
  }

  async names(ids: string[]): Promise<Map<string, string>> {
    const users = await this.prisma.client.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  }
}
