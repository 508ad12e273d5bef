import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  /** The decoded plain-text body, as the recipient reads it. */
  text: string;
}

/** Undoes quoted-printable: soft line breaks, then =XX bytes, read as UTF-8. */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Decodes an RFC 2047 header such as =?UTF-8?Q?...?= or =?UTF-8?B?...?=. */
function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

/** A single-part plain-text message as nodemailer writes it. */
export function parseMail(raw: string, to: string): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string): string => head.match(new RegExp(`^${name}:\\s*(.*)$`, 'im'))?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return { to, subject: decodeHeader(header('Subject')), text: text.replace(/\r\n/g, '\n').replace(/\n$/, '') };
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
          const raw = Buffer.concat(chunks).toString('utf8');
          for (const rcpt of session.envelope.rcptTo) this.deliver(parseMail(raw, rcpt.address));
          callback();
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
