import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../db/prisma.service';
import type { AuditAction } from '@iep/shared';
import { GroupCommit } from '../../db/group-commit';
import { Prisma } from '../../generated/prisma/client';

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
  /** Events recorded outside a transaction (reads, socket sessions) share INSERTs (group commit). */
  private readonly log = new GroupCommit<AuditInput>((rows) => this.insert(rows));

  constructor(private readonly prisma: PrismaService) {}

  /**
   * With `tx`, the event is written in that transaction, together with the change it records.
   * Without, it resolves once the event is stored (several callers' events in one statement).
   */
  async record(event: AuditInput, tx?: Prisma.TransactionClient): Promise<void> {
    if (tx) await tx.auditEvent.create({ data: event });
    else await this.log.submit([event]);
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

  /** Several events in one statement: all are stored or none. */
  async recordMany(events: AuditInput[]): Promise<void> {
    await this.log.submit(events);
  }

  /**
   * A plain INSERT: the audit row is written on every read of a record and every document socket's
   * opening and closing, and Prisma's create spends about four times the CPU of this statement.
   */
  private async insert(rows: AuditInput[]): Promise<void> {
    const values = rows.map(
      (e) =>
        Prisma.sql`(${e.actorId ?? null}::uuid, ${e.actorRole ?? null}, ${e.action}, ${e.studentId ?? null}::uuid, ${
          e.sectionId ?? null
        }::uuid, ${e.detail === undefined ? null : JSON.stringify(e.detail)}::jsonb, ${e.ip ?? null})`,
    );
    await this.prisma.client
      .$executeRaw`INSERT INTO "AuditEvent" ("actorId", "actorRole", "action", "studentId", "sectionId", "detail", "ip") VALUES ${Prisma.join(values)}`;
  }
}
