import { Injectable } from '@nestjs/common';
import type { NoticeFields, NoticeLocale, NoticeTrigger, Role } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import type { Tx } from '../../db/tx';

const withReceipts = {
  receipts: { orderBy: { acknowledgedAt: 'asc' } },
} as const satisfies Prisma.PriorWrittenNoticeInclude;

export type NoticeRow = Prisma.PriorWrittenNoticeGetPayload<{ include: typeof withReceipts }>;

export interface NewNotice {
  sectionId: string;
  trigger: NoticeTrigger;
  sourceId: string | null;
  createdById: string | null;
  fields: NoticeFields;
}

export interface Issue {
  locale: NoticeLocale;
  safeguards: string;
  issuedAt: Date;
  issuedById: string;
  issuedByName: string;
  issuedByRole: Role;
}

/** A parent on the student's team who receives notices. */
export interface NoticeRecipient {
  userId: string;
  name: string;
  email: string;
  locale: string;
}

const json = (value: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

const fieldData = (fields: Partial<NoticeFields>) => ({
  ...(fields.action !== undefined ? { action: fields.action } : {}),
  ...(fields.description !== undefined ? { description: fields.description } : {}),
  ...(fields.reasons !== undefined ? { reasons: fields.reasons } : {}),
  ...(fields.options !== undefined ? { options: json(fields.options) } : {}),
  ...(fields.dataUsed !== undefined ? { dataUsed: fields.dataUsed } : {}),
  ...(fields.otherFactors !== undefined ? { otherFactors: fields.otherFactors } : {}),
});

/** Data access for Prior Written Notices and their receipts. Notices are never deleted. */
@Injectable()
export class NoticesRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(id: string): Promise<NoticeRow | null> {
    return this.prisma.client.priorWrittenNotice.findUnique({ where: { id }, include: withReceipts });
  }

  /** A section's notices, oldest first; drafts only when asked for. */
  forSection(sectionId: string, drafts: boolean): Promise<NoticeRow[]> {
    return this.prisma.client.priorWrittenNotice.findMany({
      where: { sectionId, ...(drafts ? {} : { status: 'issued' }) },
      orderBy: { createdAt: 'asc' },
      include: withReceipts,
    });
  }

  /** The issued notices of a student's sections (the family's record archive). */
  issuedForSections(sectionIds: string[]): Promise<NoticeRow[]> {
    return this.prisma.client.priorWrittenNotice.findMany({
      where: { sectionId: { in: sectionIds }, status: 'issued' },
      orderBy: { issuedAt: 'asc' },
      include: withReceipts,
    });
  }

  createIn(tx: Tx, notice: NewNotice): Promise<NoticeRow> {
    return tx.priorWrittenNotice.create({
      data: {
        sectionId: notice.sectionId,
        trigger: notice.trigger,
        sourceId: notice.sourceId,
        createdById: notice.createdById,
        ...fieldData(notice.fields),
      },
      include: withReceipts,
    });
  }

  /** Changes a draft; false when it was issued first (the guarded update takes the row lock). */
  async editIn(tx: Tx, id: string, fields: Partial<NoticeFields>): Promise<boolean> {
    const { count } = await tx.priorWrittenNotice.updateMany({
      where: { id, status: 'draft' },
      data: fieldData(fields),
    });
    return count === 1;
  }

  /** Issues a draft; false when someone issued it first. */
  async issueIn(tx: Tx, id: string, issue: Issue): Promise<boolean> {
    const { count } = await tx.priorWrittenNotice.updateMany({
      where: { id, status: 'draft' },
      data: { status: 'issued', ...issue },
    });
    return count === 1;
  }

  /** Records a parent's receipt; false when they had acknowledged it already. */
  async acknowledgeIn(tx: Tx, noticeId: string, userId: string, name: string, at: Date): Promise<boolean> {
    const existing = await tx.noticeReceipt.findUnique({ where: { noticeId_userId: { noticeId, userId } } });
    if (existing) return false;
    await tx.noticeReceipt.create({ data: { noticeId, userId, name, acknowledgedAt: at } });
    return true;
  }

  /** The parents on the student's team (authority not revoked), first joined first. */
  async recipients(sectionId: string, tx?: Tx): Promise<NoticeRecipient[]> {
    const db = tx ?? this.prisma.client;
    const rows = await db.teamMembership.findMany({
      where: {
        role: 'parent',
        authorityRevokedAt: null,
        student: { plans: { some: { otSection: { id: sectionId } } } },
      },
      orderBy: { createdAt: 'asc' },
      select: { user: { select: { id: true, name: true, email: true, locale: true } } },
    });
    return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, locale: r.user.locale }));
  }

  /** The student's preferred language: the family's language when no parent account has one. */
  async studentLanguage(sectionId: string, tx?: Tx): Promise<string | null> {
    const db = tx ?? this.prisma.client;
    const row = await db.otSection.findUnique({
      where: { id: sectionId },
      select: { plan: { select: { student: { select: { preferredLanguage: true } } } } },
    });
    return row?.plan.student.preferredLanguage ?? null;
  }

  /** The latest saved version's JSON and number: where a draft's "data used" starts from. */
  latestVersion(tx: Tx, sectionId: string): Promise<{ number: number; json: unknown } | null> {
    return tx.sectionVersion.findFirst({
      where: { sectionId },
      orderBy: { number: 'desc' },
      select: { number: true, json: true },
    });
  }

  /** Proposals rejected in a window (a meeting), with the reason given: the options the team rejected. */
  rejectedBetween(
    tx: Tx,
    sectionId: string,
    from: Date,
    to: Date,
  ): Promise<{ id: string; fields: unknown; decisionReason: string | null }[]> {
    return tx.goalProposal.findMany({
      where: { sectionId, status: 'rejected', decidedAt: { gte: from, lte: to } },
      orderBy: { decidedAt: 'asc' },
      select: { id: true, fields: true, decisionReason: true },
    });
  }

  /** The student's name, for mail and the printout's file name. */
  async studentOf(sectionId: string): Promise<{ studentId: string; name: string; districtId: string } | null> {
    const row = await this.prisma.client.otSection.findUnique({
      where: { id: sectionId },
      select: {
        plan: {
          select: {
            student: {
              select: { id: true, firstName: true, lastName: true, school: { select: { districtId: true } } },
            },
          },
        },
      },
    });
    if (!row) return null;
    const s = row.plan.student;
    return { studentId: s.id, name: `${s.firstName} ${s.lastName}`, districtId: s.school.districtId };
  }
}
