import { Injectable } from '@nestjs/common';
import type { ProgressGoal, Role } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Tx } from '../../db/tx';
import type { StoredPoint } from './progress-narrative';
import type { Prisma } from '../../generated/prisma/client';

const withReceipts = {
  receipts: { orderBy: { acknowledgedAt: 'asc' } },
} as const satisfies Prisma.ProgressReportInclude;

export type ReportRow = Prisma.ProgressReportGetPayload<{ include: typeof withReceipts }>;

const dateOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const json = (value: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

export interface NewReport {
  sectionId: string;
  periodStart: string;
  periodEnd: string;
  locale: string;
  goals: ProgressGoal[];
  createdById: string;
}

export interface ReportIssue {
  issuedAt: Date;
  issuedById: string;
  issuedByName: string;
  issuedByRole: Role;
}

/** Data access for progress reports, their receipts and the reporting schedule. Reports are never deleted. */
@Injectable()
export class ProgressReportsRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(id: string): Promise<ReportRow | null> {
    return this.prisma.client.progressReport.findUnique({ where: { id }, include: withReceipts });
  }

  /** A section's reports, oldest first; drafts only when asked for. */
  forSection(sectionId: string, drafts: boolean): Promise<ReportRow[]> {
    return this.prisma.client.progressReport.findMany({
      where: { sectionId, ...(drafts ? {} : { status: 'issued' }) },
      orderBy: { createdAt: 'asc' },
      include: withReceipts,
    });
  }

  /** The issued reports of a section, for the family's archive, oldest first. */
  issuedFor(sectionId: string): Promise<ReportRow[]> {
    return this.prisma.client.progressReport.findMany({
      where: { sectionId, status: 'issued' },
      orderBy: { issuedAt: 'asc' },
      include: withReceipts,
    });
  }

  /** The current data points of a section between two days (inclusive), oldest first. */
  points(tx: Tx | undefined, sectionId: string, from: string, to: string): Promise<StoredPoint[]> {
    return (tx ?? this.prisma.client).goalDataPoint.findMany({
      // Final points only: an OTA's point the supervising OT has not co-signed is not data to report yet.
      where: {
        sectionId,
        current: true,
        date: { gte: dateOf(from), lte: dateOf(to) },
        OR: [{ needsCosign: false }, { cosignedAt: { not: null } }],
      },
      orderBy: [{ date: 'asc' }, { recordedAt: 'asc' }],
      select: { goalId: true, date: true, kind: true, percentage: true, level: true, seconds: true },
    });
  }

  async createIn(tx: Tx, r: NewReport): Promise<string> {
    const row = await tx.progressReport.create({
      data: {
        sectionId: r.sectionId,
        periodStart: dateOf(r.periodStart),
        periodEnd: dateOf(r.periodEnd),
        locale: r.locale,
        goals: json(r.goals),
        createdById: r.createdById,
      },
      select: { id: true },
    });
    return row.id;
  }

  /** Replaces a draft's goals; false when it was issued first (the guarded update takes the row lock). */
  async editIn(tx: Tx, id: string, goals: ProgressGoal[]): Promise<boolean> {
    const { count } = await tx.progressReport.updateMany({
      where: { id, status: 'draft' },
      data: { goals: json(goals) },
    });
    return count === 1;
  }

  async issueIn(tx: Tx, id: string, issue: ReportIssue): Promise<boolean> {
    const { count } = await tx.progressReport.updateMany({
      where: { id, status: 'draft' },
      data: { status: 'issued', ...issue },
    });
    return count === 1;
  }

  /** Records a parent's receipt; false when they had acknowledged it already. */
  async acknowledgeIn(tx: Tx, reportId: string, userId: string, name: string, at: Date): Promise<boolean> {
    const existing = await tx.progressReportReceipt.findUnique({ where: { reportId_userId: { reportId, userId } } });
    if (existing) return false;
    await tx.progressReportReceipt.create({ data: { reportId, userId, name, acknowledgedAt: at } });
    return true;
  }

  schedule(sectionId: string) {
    return this.prisma.client.progressSchedule.findUnique({ where: { sectionId } });
  }

  async setScheduleIn(tx: Tx, sectionId: string, firstDue: string, everyWeeks: number, setById: string) {
    await tx.progressSchedule.upsert({
      where: { sectionId },
      create: { sectionId, firstDue: dateOf(firstDue), everyWeeks, setById },
      update: { firstDue: dateOf(firstDue), everyWeeks, setById },
    });
  }

  /** The student's name and district, for mail and the printout's file name. */
  async studentOf(sectionId: string): Promise<{ name: string; districtId: string } | null> {
    const row = await this.prisma.client.otSection.findUnique({
      where: { id: sectionId },
      select: {
        plan: {
          select: {
            student: { select: { firstName: true, lastName: true, school: { select: { districtId: true } } } },
          },
        },
      },
    });
    if (!row) return null;
    const s = row.plan.student;
    return { name: `${s.firstName} ${s.lastName}`, districtId: s.school.districtId };
  }

  /** For the dashboard: each scheduled section's schedule and the day its latest report was issued. */
  async remindersFor(
    sectionIds: string[],
  ): Promise<Map<string, { firstDue: Date; everyWeeks: number; lastIssued: Date | null }>> {
    if (sectionIds.length === 0) return new Map();
    const [schedules, issued] = await Promise.all([
      this.prisma.client.progressSchedule.findMany({ where: { sectionId: { in: sectionIds } } }),
      this.prisma.client.progressReport.groupBy({
        by: ['sectionId'],
        where: { sectionId: { in: sectionIds }, status: 'issued' },
        _max: { issuedAt: true },
      }),
    ]);
    const last = new Map(issued.map((r) => [r.sectionId, r._max.issuedAt]));
    return new Map(
      schedules.map((s) => [
        s.sectionId,
        { firstDue: s.firstDue, everyWeeks: s.everyWeeks, lastIssued: last.get(s.sectionId) ?? null },
      ]),
    );
  }

  /** The student's other OT sections, the latest plan first: where last year's records are. */
  async otherSections(sectionId: string): Promise<string[]> {
    const row = await this.prisma.client.otSection.findUnique({
      where: { id: sectionId },
      select: { plan: { select: { studentId: true } } },
    });
    if (!row) return [];
    const sections = await this.prisma.client.otSection.findMany({
      where: { id: { not: sectionId }, plan: { studentId: row.plan.studentId } },
      orderBy: { plan: { createdAt: 'desc' } },
      select: { id: true },
    });
    return sections.map((s) => s.id);
  }

  /** The current sessions of a section's log in a range: what the year's service delivery was. */
  sessions(sectionId: string, from: string, to: string) {
    return this.prisma.client.serviceSession.findMany({
      where: { sectionId, current: true, date: { gte: dateOf(from), lte: dateOf(to) } },
      select: { status: true, minutes: true, missedReason: true, needsCosign: true, cosignedAt: true },
    });
  }
}
