import { MAIL_SECRET_SLOT } from '../modules/mail/mail.service';
import type { ReceivedMail } from './smtp-receiver';
import type { TestApp } from './test-app';

/**
 * The recipients' inboxes when no SMTP server is configured: each queued outbox row, with its
 * secret put into the text as delivery would. This reads the database, as the recipient's mail
 * server would hold the mail; the app's own API never shows the secret (see outbox.int.part.ts).
 */
export async function inbox(app: TestApp, to?: string): Promise<ReceivedMail[]> {
  const rows = await app.prisma.client.mailOutbox.findMany({
    where: to === undefined ? {} : { to },
    orderBy: { createdAt: 'asc' },
    select: { to: true, subject: true, text: true, secret: true },
  });
  return rows.map((r) => ({
    to: r.to,
    subject: r.subject,
    text: r.secret === null ? r.text : r.text.split(MAIL_SECRET_SLOT).join(r.secret),
  }));
}

/** The mails to `to` once there are at least `count` (polling the stored rows: mail is often queued just after the answer). */
export async function mailsTo(app: TestApp, to: string, count = 1, timeoutMs = 5000): Promise<ReceivedMail[]> {
  let mails: ReceivedMail[] = [];
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    mails = await inbox(app, to);
    if (mails.length >= count) return mails;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no ${count} mail(s) to ${to} within ${timeoutMs} ms (got ${mails.length})`);
}
