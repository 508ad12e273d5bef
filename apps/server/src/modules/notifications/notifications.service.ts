import { Inject, Injectable, Logger } from '@nestjs/common';
import { can, type NotificationDto, type NotificationList } from '@iep/shared';
import { APP_CONFIG, type AppConfig } from '../../config';
import { RealtimeEvents } from '../../realtime/realtime-events';
import type { AuthContext } from '../auth/auth.types';
import { MailService } from '../mail/mail.service';
import { mailLocale } from '../mail/i18n/mail-i18n';
import { timeZoneOr } from '../mail/mail-format';
import { publicBase } from '../mail/mail-render';
import { notificationMail } from './notification-mail';
import { NotificationsRepository, type NotificationContext, type NotificationRow } from './notifications.repository';

const EXCERPT_CHARS = 140;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}

/** Notifications: stored with the action that causes them, then sent live and by mail. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly events: RealtimeEvents,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(ctx: AuthContext): Promise<NotificationList> {
    const rows = await this.repo.list(ctx.user.id);
    const context = await this.repo.context(ctx.user.id, rows);
    const notifications = rows.flatMap((r) => this.toDto(r, context) ?? []);
    return { notifications, unread: notifications.filter((n) => n.readAt === null).length };
  }

  async markRead(ctx: AuthContext, ids: string[] | undefined): Promise<{ unread: number }> {
    await this.repo.markRead(ctx.user.id, ids);
    return { unread: await this.repo.unreadCount(ctx.user.id) };
  }

  private readonly logger = new Logger(NotificationsService.name);
  private readonly inFlight = new Set<Promise<void>>();

  /**
   * Delivers after the action's commit without holding up its answer. Shutdown waits for what is
   * under way (drain), so no delivery outlives the database.
   */
  deliverLater(rows: NotificationRow[], emails?: Map<string, string>): void {
    const delivery: Promise<void> = this.deliver(rows, emails)
      .catch((err: unknown) => this.logger.error(`notification delivery failed: ${(err as Error).message}`))
      .finally(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
  }

  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** After the action's transaction committed: each recipient hears it live and gets a mail. */
  async deliver(rows: NotificationRow[], emails?: Map<string, string>): Promise<void> {
    const addresses = emails ?? (await this.repo.emails(rows.map((r) => r.userId)));
    const locales = await this.repo.locales(rows.map((r) => r.userId));
    // Absolute links: PUBLIC_URL, else this server's own address (development).
    const publicUrl = publicBase(this.config);
    for (const row of rows) {
      const context = await this.repo.context(row.userId, [row]);
      const dto = this.toDto(row, context);
      if (!dto) continue;
      this.events.notification(row.userId, dto);
      const to = addresses.get(row.userId);
      const section = context.sections.get(row.sectionId);
      // In the reader's own language (their account's), times in the district's zone.
      const mail = notificationMail(dto, {
        publicUrl,
        locale: mailLocale(locales.get(row.userId)),
        timeZone: timeZoneOr(section?.timeZone),
      });
      const districtId = section?.districtId ?? null;
      if (to) await this.mail.send({ to, ...mail, districtId });
    }
  }

  /** Null when the recipient may no longer see it (a parent and a staff-only thread: never). */
  private toDto(row: NotificationRow, context: NotificationContext): NotificationDto | null {
    const base = {
      id: row.id,
      kind: row.kind,
      sectionId: row.sectionId,
      actorName: context.actorNames.get(row.actorId) ?? '',
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt ? row.readAt.toISOString() : null,
    };
    if (row.kind !== 'mention') {
      const section = context.sections.get(row.sectionId);
      if (!section || !context.roles.has(section.studentId)) return null;
      return {
        ...base,
        threadId: null,
        commentId: null,
        detail: row.detail,
        studentName: section.studentName,
        excerpt: excerpt(row.detail.reason ?? ''),
      };
    }
    const thread = row.threadId === null ? undefined : context.threads.get(row.threadId);
    const comment = row.commentId === null ? undefined : context.comments.get(row.commentId);
    if (!thread || !comment) return null;
    const role = context.roles.get(thread.studentId);
    if (
      role === undefined ||
      !can({ userId: row.userId, role }, 'thread.view', { status: thread.status, visibility: thread.visibility })
    )
      return null;
    return {
      ...base,
      threadId: row.threadId,
      commentId: row.commentId,
      detail: {},
      studentName: thread.studentName,
      excerpt: comment.deletedAt ? '' : excerpt(comment.body),
    };
  }
}
