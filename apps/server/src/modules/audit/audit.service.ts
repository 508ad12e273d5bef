import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../db/prisma.service';
import type { AuditAction } from '@iep/shared';
import type { Prisma } from '../../generated/prisma/client';

/** The actor role recorded for a district administrator acting outside any team. */
export const DISTRICT_ADMIN_ROLE = 'district_admin';

export interface AuditInput {
  action: AuditAction;
  actorId?: string | null;
  actorRole?: string | null;
  studentId?: string | null;
  sectionId?: string | null;
  detail?: Prisma.InputJsonValue;
  ip?: string | null;
}

/** The append-only record of who saw or changed a student's record (FERPA 99.32, IDEA 300.614). */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  /** With `tx`, the event is written in that transaction, together with the change it records. */
  async record(event: AuditInput, tx?: Prisma.TransactionClient): Promise<void> {
    await (tx ?? this.prisma.client).auditEvent.create({ data: event });
  }

  /** Records the event inside the caller's transaction: the action and its record land together. */
  async recordIn(tx: Prisma.TransactionClient, event: AuditInput): Promise<void> {
    await tx.auditEvent.create({ data: event });
  }

  /** A read of a section's record by someone on its team (the detail says what was read). */
  async sectionRead(
    reader: { userId: string; role: string; studentId: string; sectionId: string },
    action: AuditAction,
    detail: object,
    ip: string | null,
  ): Promise<void> {
    await this.record({
      action,
      actorId: reader.userId,
      actorRole: reader.role,
      studentId: reader.studentId,
      sectionId: reader.sectionId,
      detail: JSON.parse(JSON.stringify(detail)) as Prisma.InputJsonValue,
      ip,
    });
  }

  async recordMany(events: AuditInput[]): Promise<void> {
    if (events.length > 0) await this.prisma.client.auditEvent.createMany({ data: events });
  }
}
