import { Injectable } from '@nestjs/common';
import type { AttendanceMode, Role } from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import type { Tx } from '../../db/tx';
import { ACTIVE_MEMBER } from '../access/team.repository';

export const meetingInclude = {
  attendance: { orderBy: { joinedAt: 'asc' } },
  excusals: { orderBy: { requestedAt: 'asc' } },
} as const satisfies Prisma.MeetingInclude;

export type MeetingRow = Prisma.MeetingGetPayload<{ include: typeof meetingInclude }>;

/** Data access for meetings, their attendance stretches and excusals. */
@Injectable()
export class MeetingsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(
    tx: Tx,
    data: { sectionId: string; scheduledFor: Date; videoUrl: string | null; invited: string[]; createdById: string },
  ) {
    return tx.meeting.create({ data, select: { id: true } });
  }

  find(id: string): Promise<MeetingRow | null> {
    return this.prisma.client.meeting.findUnique({ where: { id }, include: meetingInclude });
  }

  forSection(sectionId: string): Promise<MeetingRow[]> {
    return this.prisma.client.meeting.findMany({
      where: { sectionId },
      orderBy: { scheduledFor: 'desc' },
      include: meetingInclude,
    });
  }

  /** The section's latest saved version: its number and why it was saved. */
  latestVersion(sectionId: string): Promise<{ number: number; reason: string } | null> {
    return this.prisma.client.sectionVersion.findFirst({
      where: { sectionId },
      orderBy: { number: 'desc' },
      select: { number: true, reason: true },
    });
  }

  /** Whether a meeting already started from that version. */
  async startedFrom(sectionId: string, versionNumber: number): Promise<boolean> {
    return (await this.prisma.client.meeting.count({ where: { sectionId, startVersion: versionNumber } })) > 0;
  }

  running(sectionId: string) {
    return this.prisma.client.meeting.findFirst({ where: { sectionId, status: 'in_progress' }, select: { id: true } });
  }

  /** Moves a meeting only from the state the caller saw: two starts cannot both start it. */
  async move(
    tx: Tx,
    id: string,
    from: 'scheduled' | 'in_progress',
    data: Prisma.MeetingUpdateManyMutationInput,
  ): Promise<boolean> {
    const { count } = await tx.meeting.updateMany({ where: { id, status: from }, data });
    return count === 1;
  }

  update(id: string, data: Prisma.MeetingUpdateInput, tx?: Tx) {
    return (tx ?? this.prisma.client).meeting.update({ where: { id }, data });
  }

  requestExcusal(
    tx: Tx,
    e: { meetingId: string; userId: string; role: Role; areaDiscussed: boolean; requestedById: string },
  ) {
    return tx.meetingExcusal.upsert({
      where: { meetingId_userId: { meetingId: e.meetingId, userId: e.userId } },
      create: e,
      update: { areaDiscussed: e.areaDiscussed },
      select: { id: true },
    });
  }

  updateExcusal(tx: Tx, id: string, data: Prisma.MeetingExcusalUpdateInput) {
    return tx.meetingExcusal.update({ where: { id }, data, select: { id: true } });
  }

  openStretches(meetingId: string, userId: string) {
    return this.prisma.client.meetingAttendance.findMany({
      where: { meetingId, userId, endedAt: null },
      select: { id: true },
    });
  }

  startStretch(meetingId: string, userId: string, role: Role, mode: AttendanceMode, interpreter: boolean) {
    return this.prisma.client.meetingAttendance.create({
      data: { meetingId, userId, role, mode, interpreter },
      select: { id: true },
    });
  }

  async endStretches(
    meetingId: string,
    userId: string | null,
    reason: 'left' | 'dropped' | 'ended',
    at: Date,
    tx?: Tx,
  ): Promise<number> {
    const db = tx ?? this.prisma.client;
    const { count } = await db.meetingAttendance.updateMany({
      where: { meetingId, endedAt: null, ...(userId ? { userId } : {}) },
      data: { endedAt: at, endReason: reason },
    });
    return count;
  }

  async team(sectionId: string): Promise<{ userId: string; name: string; role: Role }[]> {
    const section = await this.prisma.client.otSection.findUnique({
      where: { id: sectionId },
      select: {
        plan: {
          select: {
            student: {
              select: {
                team: { where: ACTIVE_MEMBER, select: { role: true, user: { select: { id: true, name: true } } } },
              },
            },
          },
        },
      },
    });
    return (section?.plan.student.team ?? []).map((m) => ({ userId: m.user.id, name: m.user.name, role: m.role }));
  }

  /** Who is invited by mail: the team's names and addresses, the student's first name, the district. */
  async invitation(sectionId: string): Promise<{
    studentName: string;
    districtId: string;
    timeZone: string;
    team: { userId: string; name: string; email: string; locale: string }[];
  } | null> {
    const section = await this.prisma.client.otSection.findUnique({
      where: { id: sectionId },
      select: {
        plan: {
          select: {
            student: {
              select: {
                firstName: true,
                school: { select: { districtId: true, district: { select: { timeZone: true } } } },
                team: {
                  where: ACTIVE_MEMBER,
                  select: { user: { select: { id: true, name: true, email: true, locale: true } } },
                },
              },
            },
          },
        },
      },
    });
    if (!section) return null;
    const student = section.plan.student;
    return {
      studentName: student.firstName,
      districtId: student.school.districtId,
      timeZone: student.school.district.timeZone,
      team: student.team.map((m) => ({
        userId: m.user.id,
        name: m.user.name,
        email: m.user.email,
        locale: m.user.locale,
      })),
    };
  }
}
