import { Injectable } from '@nestjs/common';
import {
  notificationDetailSchema,
  type NotificationDetail,
  type NotificationKind,
  type Role,
  type SectionStatus,
} from '@iep/shared';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { ACTIVE_MEMBER } from '../access/team.repository';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  sectionId: string;
  /** Mentions: the thread and comment. */
  threadId?: string | null;
  commentId?: string | null;
  actorId: string;
  detail?: NotificationDetail;
}

export interface NotificationRow {
  id: string;
  userId: string;
  kind: NotificationKind;
  sectionId: string;
  threadId: string | null;
  commentId: string | null;
  actorId: string;
  detail: NotificationDetail;
  createdAt: Date;
  readAt: Date | null;
}

/** What a notification points at, looked up to show it (and to check it may still be shown). */
export interface NotificationContext {
  actorNames: Map<string, string>;
  comments: Map<string, { body: string; deletedAt: Date | null }>;
  threads: Map<string, { visibility: 'team' | 'staff'; studentId: string; studentName: string; status: SectionStatus }>;
  sections: Map<string, { studentId: string; studentName: string; districtId: string; timeZone: string }>;
  /** The recipient's role per student. */
  roles: Map<string, Role>;
}

export interface TeamRecipient {
  userId: string;
  email: string;
  role: Role;
}

interface StoredRow {
  id: string;
  userId: string;
  kind: string;
  sectionId: string;
  threadId: string | null;
  commentId: string | null;
  actorId: string;
  detail: Prisma.JsonValue;
  createdAt: Date;
  readAt: Date | null;
}

const kindOf = (kind: string): NotificationKind | null =>
  kind === 'mention' ||
  kind === 'shared_for_review' ||
  kind === 'consent_revoked' ||
  kind === 'signatures_voided' ||
  kind === 'meeting_summary' ||
  kind === 'section_approved' ||
  kind === 'signature_needed' ||
  kind === 'progress_report_issued'
    ? kind
    : null;

function fromStored(row: StoredRow): NotificationRow | null {
  const kind = kindOf(row.kind);
  if (kind === null) return null;
  const detail = notificationDetailSchema.safeParse(row.detail ?? {});
  return { ...row, kind, detail: detail.success ? detail.data : {} };
}

const studentName = (s: { firstName: string; lastName: string }): string => `${s.firstName} ${s.lastName}`;

/** Data access for notifications. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async createMany(tx: Prisma.TransactionClient, rows: NewNotification[]): Promise<NotificationRow[]> {
    if (rows.length === 0) return [];
    const created = await tx.notification.createManyAndReturn({
      data: rows.map((r) => ({
        userId: r.userId,
        kind: r.kind,
        sectionId: r.sectionId,
        threadId: r.threadId ?? null,
        commentId: r.commentId ?? null,
        actorId: r.actorId,
        detail: r.detail === undefined ? undefined : (JSON.parse(JSON.stringify(r.detail)) as Prisma.InputJsonObject),
      })),
    });
    return created.flatMap((r) => fromStored(r) ?? []);
  }

  /** The student's team on a section (optionally only some roles), in the action's transaction. */
  async team(tx: Prisma.TransactionClient, sectionId: string, roles?: Role[]): Promise<TeamRecipient[]> {
    const section = await tx.otSection.findUnique({
      where: { id: sectionId },
      select: { plan: { select: { studentId: true } } },
    });
    if (!section) return [];
    const members = await tx.teamMembership.findMany({
      where: { studentId: section.plan.studentId, ...ACTIVE_MEMBER, ...(roles ? { role: { in: roles } } : {}) },
      select: { userId: true, role: true, user: { select: { email: true } } },
    });
    return members.map((m) => ({ userId: m.userId, role: m.role, email: m.user.email }));
  }

  /** Who signed a version and whose signature is still in force (before it is voided). */
  async activeSigners(tx: Prisma.TransactionClient, sectionId: string, versionNumber: number): Promise<string[]> {
    const rows = await tx.signature.findMany({
      where: { sectionId, versionNumber, voidedAt: null },
      select: { userId: true },
    });
    return [...new Set(rows.map((r) => r.userId))];
  }

  async emails(userIds: string[]): Promise<Map<string, string>> {
    const users = await this.prisma.client.user.findMany({
      where: { id: { in: [...new Set(userIds)] } },
      select: { id: true, email: true },
    });
    return new Map(users.map((u) => [u.id, u.email]));
  }

  /** Each reader's language (their account's locale), for the dates in their mail. */
  async locales(userIds: string[]): Promise<Map<string, string>> {
    const users = await this.prisma.client.user.findMany({
      where: { id: { in: [...new Set(userIds)] } },
      select: { id: true, locale: true },
    });
    return new Map(users.map((u) => [u.id, u.locale]));
  }

  async list(userId: string, limit = 100): Promise<NotificationRow[]> {
    const rows = await this.prisma.client.notification.findMany({
      where: { userId },
      orderBy: { createdAt: 'desc' },
      take: limit,
    });
    return rows.flatMap((r) => fromStored(r) ?? []);
  }

  unreadCount(userId: string): Promise<number> {
    return this.prisma.client.notification.count({ where: { userId, readAt: null } });
  }

  async markRead(userId: string, ids: string[] | undefined): Promise<number> {
    const where = ids === undefined ? { userId, readAt: null } : { userId, readAt: null, id: { in: ids } };
    return (await this.prisma.client.notification.updateMany({ where, data: { readAt: new Date() } })).count;
  }

  async context(userId: string, rows: NotificationRow[]): Promise<NotificationContext> {
    const db = this.prisma.client;
    const ids = (values: (string | null)[]): string[] => [...new Set(values.flatMap((v) => (v === null ? [] : [v])))];
    const [users, comments, threads, sections, memberships] = await Promise.all([
      db.user.findMany({ where: { id: { in: ids(rows.map((r) => r.actorId)) } }, select: { id: true, name: true } }),
      db.comment.findMany({
        where: { id: { in: ids(rows.map((r) => r.commentId)) } },
        select: { id: true, body: true, deletedAt: true },
      }),
      db.commentThread.findMany({
        where: { id: { in: ids(rows.map((r) => r.threadId)) } },
        select: {
          id: true,
          visibility: true,
          section: {
            select: {
              status: true,
              plan: { select: { student: { select: { id: true, firstName: true, lastName: true } } } },
            },
          },
        },
      }),
      db.otSection.findMany({
        where: { id: { in: ids(rows.map((r) => r.sectionId)) } },
        select: {
          id: true,
          plan: {
            select: {
              student: {
                select: {
                  id: true,
                  firstName: true,
                  lastName: true,
                  school: { select: { districtId: true, district: { select: { timeZone: true } } } },
                },
              },
            },
          },
        },
      }),
      db.teamMembership.findMany({ where: { userId, ...ACTIVE_MEMBER }, select: { studentId: true, role: true } }),
    ]);
    return {
      actorNames: new Map(users.map((u) => [u.id, u.name])),
      comments: new Map(comments.map((c) => [c.id, { body: c.body, deletedAt: c.deletedAt }])),
      threads: new Map(
        threads.map((t) => {
          const s = t.section.plan.student;
          return [
            t.id,
            { visibility: t.visibility, studentId: s.id, studentName: studentName(s), status: t.section.status },
          ];
        }),
      ),
      sections: new Map(
        sections.map((s) => [
          s.id,
          {
            studentId: s.plan.student.id,
            studentName: studentName(s.plan.student),
            districtId: s.plan.student.school.districtId,
            timeZone: s.plan.student.school.district.timeZone,
          },
        ]),
      ),
      roles: new Map(memberships.map((m) => [m.studentId, m.role])),
    };
  }
}
