import { notificationPath, type NotificationDto } from '@iep/shared';

/** The district's time zone until districts carry their own (see README, "Mail"). */
export const DEFAULT_TIME_ZONE = 'America/New_York';

export interface MailContext {
  /** PUBLIC_URL (or the server's own address in development), without a trailing slash. */
  publicUrl: string;
  /** The reader's language (`en`, `es`): dates are written in it. */
  locale: string;
  timeZone: string;
}

export interface NotificationMail {
  subject: string;
  text: string;
  html: string;
}

/** A calendar day (YYYY-MM-DD) in the reader's language: "December 1, 2026", "1 de diciembre de 2026". */
export function mailDate(day: string, locale: string): string {
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The HTML part: the same paragraphs, lists kept as lists, and the link as a link. */
function toHtml(paragraphs: string[], link: { label: string; href: string }): string {
  const blocks = paragraphs
    .filter((p) => p !== '')
    .map((p) => {
      const lines = p.split('\n');
      const items = lines.filter((l) => l.startsWith('- '));
      if (items.length > 0 && items.length === lines.length - 1 && !lines[0]?.startsWith('- '))
        return `<p>${escapeHtml(lines[0] ?? '')}</p>\n<ul>${items.map((l) => `<li>${escapeHtml(l.slice(2))}</li>`).join('')}</ul>`;
      return `<p>${lines.map(escapeHtml).join('<br>')}</p>`;
    });
  return [
    '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5; color: #1a1b1e">',
    ...blocks,
    `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`,
    '</body></html>',
  ].join('\n');
}

function compose(subject: string, paragraphs: string[], href: string): NotificationMail {
  const label = 'Open it in the IEP workspace';
  return {
    subject,
    text: [...paragraphs, `${label}: ${href}`].join('\n\n'),
    html: toHtml(paragraphs, { label, href }),
  };
}

/**
 * The mail for one notification, in the record's language (English) with dates in the reader's
 * language and the district's time zone; the link is absolute and opens the exact place (the
 * thread, the sign-off panel, the meeting).
 */
export function notificationMail(n: NotificationDto, ctx: MailContext): NotificationMail {
  const href = `${ctx.publicUrl}${notificationPath(n)}`;
  const d = n.detail;
  switch (n.kind) {
    case 'mention':
      return compose(
        `${n.actorName} mentioned you (${n.studentName})`,
        [`${n.actorName} mentioned you in a comment on ${n.studentName}'s OT section:`, n.excerpt],
        href,
      );
    case 'shared_for_review':
      return compose(
        `${n.studentName}'s OT section is ready for your review`,
        [
          `${n.actorName} shared the draft of ${n.studentName}'s OT section with the family for review.`,
          d.respondBy ? `Please respond by ${mailDate(d.respondBy, ctx.locale)}.` : 'Please read it and respond.',
        ],
        href,
      );
    case 'consent_revoked':
      return compose(
        `${n.actorName} revoked consent (${n.studentName})`,
        [`${n.actorName} revoked their consent to ${n.studentName}'s OT section.`, `Reason: ${d.reason ?? ''}`],
        href,
      );
    case 'signatures_voided':
      return compose(
        `Your signature was voided (${n.studentName})`,
        [
          `Your signature on version ${d.versionNumber ?? ''} of ${n.studentName}'s OT section was voided; please review and sign again.`,
          `Reason: ${d.reason ?? ''}`,
        ],
        href,
      );
    case 'signature_needed':
      return compose(
        `Your signature is needed (${n.studentName})`,
        [
          `${n.actorName} asks for your signature on version ${d.versionNumber ?? ''} of ${n.studentName}'s OT section.`,
          'Please read that version and sign it in the sign-off panel, or say what should change.',
        ],
        href,
      );
    case 'meeting_summary':
      return compose(
        `Meeting summary (${n.studentName})`,
        [`The meeting about ${n.studentName}'s OT section has ended.`, ...(d.summary ?? '').split('\n\n')],
        href,
      );
    case 'section_approved':
      return compose(
        `${n.studentName}'s OT section is approved`,
        [
          `${n.studentName}'s OT section was approved (version ${d.versionNumber ?? ''}) with ${n.actorName}'s signature.`,
        ],
        href,
      );
  }
}
