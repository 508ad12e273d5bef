import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../db/prisma.service';

export interface QueuedMail {
  to: string;
  subject: string;
  text: string;
  districtId: string | null;
  secret: string | null;
  secretExpiresAt: Date | null;
  attachments?: MailAttachment[];
}

/** A file sent with a mail (text content: a calendar file). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface OutboxRow {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: string;
  error: string | null;
  createdAt: Date;
  sentAt: Date | null;
  secretState: 'held' | 'erased' | null;
}

/** Data access for the mail outbox. */
@Injectable()
export class MailRepository {
  constructor(private readonly prisma: PrismaService) {}

  queue(message: QueuedMail) {
    const { attachments, ...rest } = message;
    return this.prisma.client.mailOutbox.create({
      data: { ...rest, attachments: (attachments ?? []).map((a) => ({ ...a })) },
      select: { id: true },
    });
  }

  /** Sent: the secret has reached the recipient and leaves the database. */
  markSent(id: string) {
    return this.prisma.client.mailOutbox.update({
      where: { id },
      data: { status: 'sent', sentAt: new Date(), error: null, secret: null },
    });
  }

  markFailed(id: string, error: string) {
    return this.prisma.client.mailOutbox.update({
      where: { id },
      data: { status: 'failed', error: error.slice(0, 500) },
    });
  }

  /** Erases every secret past its expiry; returns how many. */
  async eraseExpiredSecrets(now: Date): Promise<number> {
    const erased = await this.prisma.client.mailOutbox.updateMany({
      where: { secret: { not: null }, secretExpiresAt: { lte: now } },
      data: { secret: null },
    });
    return erased.count;
  }

  /**
   * The mail about these districts, newest first, with where its secret stands (held, erased, or
   * none): the secret's value never leaves this repository.
   */
  async listForDistricts(districtIds: string[], limit = 200): Promise<OutboxRow[]> {
    const rows = await this.prisma.client.mailOutbox.findMany({
      where: { districtId: { in: districtIds } },
      orderBy: { createdAt: 'desc' },
      take: limit,
      select: {
        id: true,
        to: true,
        subject: true,
        text: true,
        status: true,
        error: true,
        createdAt: true,
        sentAt: true,
        secret: true,
        secretExpiresAt: true,
      },
    });
    return rows.map(({ secret, secretExpiresAt, ...row }) => ({
      ...row,
      secretState: secretExpiresAt === null ? null : secret === null ? 'erased' : 'held',
    }));
  }

  /** The districts the user administers. */
  async districtsOf(userId: string): Promise<string[]> {
    const rows = await this.prisma.client.districtAdmin.findMany({ where: { userId }, select: { districtId: true } });
    return rows.map((r) => r.districtId);
  }
}
