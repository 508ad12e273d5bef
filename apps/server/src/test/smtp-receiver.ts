import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  /** The decoded plain-text body, as the recipient reads it. */
  text: string;
  /** The HTML part, when the mail has one. */
  html?: string;
  /** The attached files' names (a meeting invitation's calendar file). */
  attachments?: string[];
}

/** A message as nodemailer wrote it (single part or multipart, any transfer encoding), parsed as a mail client would. */
export async function parseMail(raw: Buffer, to: string): Promise<ReceivedMail> {
  const mail = await simpleParser(raw);
  return {
    to,
    subject: mail.subject ?? '',
    text: (mail.text ?? '').replace(/\r\n/g, '\n').replace(/\n$/, ''),
    ...(typeof mail.html === 'string' ? { html: mail.html } : {}),
    attachments: mail.attachments.map((a) => a.filename ?? ''),
  };
}

/**
 * A real SMTP server on 127.0.0.1 standing in for the recipients' mailboxes: the app delivers to it
 * over SMTP (SMTP_URL), and a test reads each mail the way its recipient would.
 */
export class SmtpReceiver {
  readonly received: ReceivedMail[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly server: SMTPServer;
  private port = 0;

  private constructor() {
    this.server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          void Promise.all(session.envelope.rcptTo.map((rcpt) => parseMail(raw, rcpt.address))).then(
            (mails) => {
              for (const mail of mails) this.deliver(mail);
              callback();
            },
            (err: Error) => callback(err),
          );
        });
      },
    });
  }

  static async start(): Promise<SmtpReceiver> {
    const receiver = new SmtpReceiver();
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', () => resolve()));
    receiver.port = (receiver.server.server.address() as AddressInfo).port;
    return receiver;
  }

  /** SMTP_URL for the app. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  private deliver(mail: ReceivedMail): void {
    this.received.push(mail);
    for (const wake of this.waiters) wake();
  }

  /** The mails to `to` once there are at least `count` of them (rejects after `timeoutMs`). */
  mailsTo(to: string, count = 1, timeoutMs = 5000): Promise<ReceivedMail[]> {
    const mine = (): ReceivedMail[] => this.received.filter((m) => m.to === to);
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (mine().length < count) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(mine());
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no ${count} mail(s) to ${to} within ${timeoutMs} ms (got ${mine().length})`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
