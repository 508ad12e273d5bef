import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { can, MAIL_SECRET_MARKER, type Actor, type OutboxMessage } from '@iep/shared';
import { AppError } from '../../common/app-error';
import { APP_CONFIG, type AppConfig } from '../../config';
import { AuditService, DISTRICT_ADMIN_ROLE } from '../audit/audit.service';
import { MailRepository, type MailAttachment } from './mail.repository';

/** Where a message's secret goes in its text; only delivery puts the secret there. */
export const MAIL_SECRET_SLOT = '{{one-time-link}}';

/** How often expired secrets are erased (also before every outbox read). */
const SECRET_SWEEP_MS = 60_000;

export interface MailMessage {
  to: string;
  subject: string;
  /** The readable text; a secret appears as MAIL_SECRET_SLOT, never as itself. */
  text: string;
  /** The same message as HTML (sent as the second part; the outbox keeps the text). */
  html?: string;
  /** The district the mail is about: its administrators read it in the outbox. Null: nobody does. */
  districtId: string | null;
  /**
   * A one-time link (or any other secret) for the recipient alone: stored apart from the text, put
   * in at delivery, shown to nobody in the app, erased once sent and once `expiresAt` has passed.
   */
  secret?: { value: string; expiresAt: Date };
  /** Files sent with the mail (a meeting invitation's calendar file); kept with the outbox row. */
  attachments?: MailAttachment[];
}

/** The text as the recipient gets it. */
function compose(text: string, secret: string | undefined): string {
  return secret === undefined ? text : text.split(MAIL_SECRET_SLOT).join(secret);
}

/**
 * Mail through nodemailer when SMTP_URL is set. Every message is first written to the outbox table,
 * then marked sent or failed; without SMTP it stays queued there, and in development the composed
 * mail is logged so that the demo's reset and invitation links reach whoever runs it. Secrets (one-
 * time links) live in a column of their own, never in the readable text, and never leave the
 * server except in the mail itself.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;
  private readonly inFlight = new Set<Promise<void>>();
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: MailRepository,
    private readonly audit: AuditService,
  ) {
    // nodemailer's own limits (2 min to connect, 10 min of silence) let one stuck mail server hold a
    // delivery, and shutdown waits for deliveries: the send fails instead and the outbox says so.
    const limit = config.smtpTimeoutMs;
    this.transport = config.smtpUrl
      ? createTransport({ url: config.smtpUrl, connectionTimeout: limit, greetingTimeout: limit, socketTimeout: limit })
      : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  onModuleInit(): void {
    this.sweepTimer = setInterval(() => this.track(this.sweep()), SECRET_SWEEP_MS);
    this.sweepTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweepTimer);
    await this.drain();
  }

  /** Waits for deliveries under way (shutdown: before the database closes). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Queues the message and, when SMTP is configured, sends it. Never throws: mail must not undo a comment. */
  send(message: MailMessage): Promise<void> {
    return this.track(this.deliver(message));
  }

  /** Erases the secrets whose time is up. */
  async sweep(now = new Date()): Promise<number> {
    try {
      return await this.repo.eraseExpiredSecrets(now);
    } catch (err) {
      this.logger.warn(`expired mail secrets could not be erased: ${(err as Error).message}`);
      return 0;
    }
  }

  /** The outbox of the districts the reader administers, newest first; one-time links hidden. */
  async outbox(userId: string): Promise<OutboxMessage[]> {
    // The reader is seen as the administrator of each district they run, and reads those districts' mail.
    const districts = await this.repo.districtsOf(userId);
    const actor: Actor = { userId, role: null, districtAdmin: districts.length > 0 };
    if (!can(actor, 'mail.read')) throw AppError.forbidden('Only district administrators read the outbox');
    await this.audit.record({
      action: 'mail.outbox_read',
      actorId: userId,
      actorRole: DISTRICT_ADMIN_ROLE,
      detail: { districtIds: districts },
    });
    await this.sweep();
    const rows = await this.repo.listForDistricts(districts);
    return rows.map((r) => ({
      id: r.id,
      to: r.to,
      subject: r.subject,
      text: r.secretState === null ? r.text : r.text.split(MAIL_SECRET_SLOT).join(MAIL_SECRET_MARKER),
      status: r.status === 'sent' || r.status === 'failed' ? r.status : 'queued',
      error: r.error,
      createdAt: r.createdAt.toISOString(),
      sentAt: r.sentAt ? r.sentAt.toISOString() : null,
      secret: r.secretState,
    }));
  }

  private track(work: Promise<unknown>): Promise<void> {
    const done: Promise<void> = work.then(
      () => undefined,
      () => undefined,
    );
    const tracked = done.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
    return tracked;
  }

  private async deliver(message: MailMessage): Promise<void> {
    const { secret } = message;
    if (secret && !this.keepsSecretApart(message, secret.value)) return;
    let id: string;
    try {
      ({ id } = await this.repo.queue({
        to: message.to,
        subject: message.subject,
        text: message.text,
        districtId: message.districtId,
        secret: secret?.value ?? null,
        secretExpiresAt: secret?.expiresAt ?? null,
        attachments: message.attachments ?? [],
      }));
    } catch (err) {
      this.logger.error(`mail could not be queued: ${(err as Error).message}`);
      return;
    }
    const text = compose(message.text, secret?.value);
    if (!this.transport) {
      // Development only: the person running the demo is every recipient. Never in production.
      if (!this.config.production)
        this.logger.log(`mail ${id} (no SMTP_URL, development) to ${message.to}: ${message.subject}\n${text}`);
      return;
    }
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: message.to,
        subject: message.subject,
        text,
        ...(message.html === undefined ? {} : { html: compose(message.html, secret?.value) }),
        attachments: (message.attachments ?? []).map((a) => ({ ...a })),
      });
      await this.repo.markSent(id);
    } catch (err) {
      const reason = hide((err as Error).message, secret?.value);
      this.logger.warn(`mail to outbox ${id} failed: ${reason}`);
      await this.repo
        .markFailed(id, reason)
        .catch((e: Error) => this.logger.error(`mail ${id} could not be marked failed: ${e.message}`));
    }
  }

  /** A caller that put the secret into the text, or left no slot for it, has a bug: nothing is queued. */
  private keepsSecretApart(message: MailMessage, secret: string): boolean {
    if (
      secret.length > 0 &&
      message.text.includes(MAIL_SECRET_SLOT) &&
      !message.text.includes(secret) &&
      !message.subject.includes(secret)
    )
      return true;
    this.logger.error(
      `mail to ${message.to} not queued: its secret must appear as ${MAIL_SECRET_SLOT} in the text and nowhere else`,
    );
    return false;
  }
}

/** An SMTP error may quote the message; the secret never goes into the outbox or the log. */
function hide(text: string, secret: string | undefined): string {
  return secret ? text.split(secret).join(MAIL_SECRET_MARKER) : text;
}
