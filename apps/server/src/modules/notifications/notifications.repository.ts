import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../db/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

export interface NewNotification {
  userId: string;
  kind: 'mention';
  sectionId: string;
  threadId: string;
  commentId: string;
  actorId: string;
}

export interface NotificationRow extends NewNotification {
  id: string;
  createdAt: Date;
  readAt: Date | null;
}

/** What a notification points at, looked up to show it (and to check it may still be shown). */
export interface NotificationContext {
  actorNames: Map<string, string>;
  comments: Map<string, { body: string; deletedAt: Date | null }>;
  threads: Map<string, { visibility: 'team' | 'staff'; studentId: string; studentName: string }>;
  /** The recipient's role per student. */
  roles: Map<string, string>;
}

/** Data access for notifications. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async createMany(tx: Prisma.TransactionClient, rows: NewNotification[]): Promise<NotificationRow[]> {
    if (rows.length === 0) return [];
    const created = await tx.notification.createManyAndReturn({ data: rows });
    return created.map((r) => ({ ...r, kind: 'mention' as const }));
  }

  async list(userId: string, limit = 100): Promise<NotificationRow[]> {
    const rows = await this.prisma.client.notification.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, take: limit });
    return rows.map((r) => ({ ...r, kind: 'mention' as const }));
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
    const [users, comments, threads, memberships] = await Promise.all([
      db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.actorId))] } }, select: { id: true, name: true } }),
      db.comment.findMany({ where: { id: { in: rows.map((r) => r.commentId) } }, select: { id: true, body: true, deletedAt: true } }),
      db.commentThread.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.threadId))] } },
        select: { id: true, visibility: true, section: { select: { plan: { select: { student: { select: { id: true, firstName: true, lastName: true } } } } } } },
      }),
      db.teamMembership.findMany({ where: { userId }, select: { studentId: true, role: true } }),
    ]);
    return {
      actorNames: new Map(users.map((u) => [u.id, u.name])),
      comments: new Map(comments.map((c) => [c.id, { body: c.body, deletedAt: c.deletedAt }])),
      threads: new Map(
        threads.map((t) => {
          const s = t.section.plan.student;
          return [t.id, { visibility: t.visibility, studentId: s.id, studentName: `${s.firstName} ${s.lastName}` }];
        }),
      ),
      roles: new Map(memberships.map((m) => [m.studentId, m.role])),
    };
  }
}
