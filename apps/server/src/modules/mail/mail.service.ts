import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { OutboxMessage } from '@iep/shared';
import { AppError } from '../../common/app-error';
import { APP_CONFIG, type AppConfig } from '../../config';
import { AuditService } from '../audit/audit.service';
import { MailRepository } from './mail.repository';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Mail through nodemailer when SMTP_URL is set. Every message is first written to the outbox table,
 * then marked sent or failed; without SMTP it stays queued there for an admin to read in the app.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: MailRepository,
    private readonly audit: AuditService,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  /** Queues the message and, when SMTP is configured, sends it. Never throws: mail must not undo a comment. */
  async send(message: MailMessage): Promise<void> {
    try {
      const row = await this.repo.queue(message);
      if (!this.transport) return;
      try {
        await this.transport.sendMail({ from: this.config.mailFrom, ...message });
        await this.repo.markSent(row.id);
      } catch (err) {
        this.logger.warn(`mail to outbox ${row.id} failed: ${(err as Error).message}`);
        await this.repo.markFailed(row.id, (err as Error).message);
      }
    } catch (err) {
      this.logger.error(`mail could not be queued: ${(err as Error).message}`);
    }
  }

  /** The outbox, newest first: administrators only. */
  async outbox(userId: string): Promise<OutboxMessage[]> {
    if (!(await this.repo.isAdmin(userId))) throw AppError.forbidden('Administrators only');
    await this.audit.record({ action: 'mail.outbox_read', actorId: userId, actorRole: 'admin' });
    const rows = await this.repo.list();
    return rows.map((r) => ({
      id: r.id,
      to: r.to,
      subject: r.subject,
      text: r.text,
      status: r.status === 'sent' || r.status === 'failed' ? r.status : 'queued',
      error: r.error,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt ? r.sentAt.toISOString() : null,
    }));
  }
}
