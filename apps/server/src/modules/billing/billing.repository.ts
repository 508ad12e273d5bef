import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../db/prisma.service';
import type { Tx } from '../../db/tx';
import type { BenefitsConsent } from '../../generated/prisma/client';

export type ConsentRow = BenefitsConsent;

const dateOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Data access for the family's consent to bill public benefits. Rows are kept: revoked, never deleted. */
@Injectable()
export class BillingRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(studentId: string): Promise<ConsentRow[]> {
    return this.prisma.client.benefitsConsent.findMany({ where: { studentId }, orderBy: { recordedAt: 'asc' } });
  }

  listFor(studentIds: string[]): Promise<ConsentRow[]> {
    return this.prisma.client.benefitsConsent.findMany({ where: { studentId: { in: studentIds } } });
  }

  find(id: string, tx: Tx = this.prisma.client): Promise<ConsentRow | null> {
    return tx.benefitsConsent.findUnique({ where: { id } });
  }

  /** Serialises consent changes of one student, so two recordings cannot both pass the "none in force" check. */
  async lockStudent(tx: Tx, studentId: string): Promise<void> {
    await tx.$executeRaw`SELECT 1 FROM "Student" WHERE "id" = ${studentId}::uuid FOR UPDATE`;
  }

  unrevoked(tx: Tx, studentId: string): Promise<ConsentRow | null> {
    return tx.benefitsConsent.findFirst({ where: { studentId, revokedOn: null } });
  }

  create(
    tx: Tx,
    data: {
      studentId: string;
      consentedOn: string;
      annualNoticeSentOn: string | null;
      by: { id: string; name: string };
    },
  ): Promise<ConsentRow> {
    return tx.benefitsConsent.create({
      data: {
        studentId: data.studentId,
        consentedOn: dateOf(data.consentedOn),
        annualNoticeSentOn: data.annualNoticeSentOn === null ? null : dateOf(data.annualNoticeSentOn),
        recordedById: data.by.id,
        recordedByName: data.by.name,
      },
    });
  }

  async noticeSent(tx: Tx, id: string, sentOn: string): Promise<void> {
    await tx.benefitsConsent.update({ where: { id }, data: { annualNoticeSentOn: dateOf(sentOn) } });
  }

  /** Revokes only a consent still standing: false when someone revoked it first. */
  async revoke(tx: Tx, id: string, revokedOn: string, by: { id: string; name: string }): Promise<boolean> {
    const { count } = await tx.benefitsConsent.updateMany({
      where: { id, revokedOn: null },
      data: {
        revokedOn: dateOf(revokedOn),
        revokedRecordedById: by.id,
        revokedRecordedByName: by.name,
        revokedRecordedAt: new Date(),
      },
    });
    return count === 1;
  }
}
