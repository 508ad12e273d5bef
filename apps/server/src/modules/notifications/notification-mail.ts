import { notificationPath, type NotificationDto } from '@iep/shared';
import { mailT, type MailLocale } from '../mail/i18n/mail-i18n';
import { mailDay, mailMoment } from '../mail/mail-format';
import { digestParagraphs } from '../mail/meeting-digest-text';
import { renderMail, type RenderedMail } from '../mail/mail-render';

export interface MailContext {
  /** PUBLIC_URL (or the server's own address in development), without a trailing slash. */
  publicUrl: string;
  /** The reader's language: the whole mail is written in it. */
  locale: MailLocale;
  /** The district's IANA zone: times are written in it. */
  timeZone: string;
}

export type NotificationMail = RenderedMail;

/**
 * The mail for one notification, in the reader's language from the server's catalogs, with dates in
 * words (times in the district's zone), roles and checks in words, and an absolute link to the exact
 * place (the thread, the sign-off panel, the meeting).
 */
export function notificationMail(n: NotificationDto, ctx: MailContext): NotificationMail {
  const t = mailT(ctx.locale);
  const href = `${ctx.publicUrl}${notificationPath(n)}`;
  const who = { name: n.actorName, student: n.studentName };
  const d = n.detail;
  const version = d.versionNumber ?? '';
  const reason = (): string => t('common.reason', { reason: d.reason ?? '' });
  const mail = (subject: string, paragraphs: string[]): NotificationMail =>
    renderMail(ctx.locale, subject, [...paragraphs, { label: t('common.open'), href }]);
  switch (n.kind) {
    case 'mention':
      return mail(t('notification.mention.subject', who), [t('notification.mention.lead', who), n.excerpt]);
    case 'shared_for_review':
      return mail(t('notification.sharedForReview.subject', who), [
        t('notification.sharedForReview.lead', who),
        d.respondBy
          ? t('notification.sharedForReview.respondBy', { date: mailDay(d.respondBy, ctx.locale) })
          : t('notification.sharedForReview.respond'),
      ]);
    case 'consent_revoked':
      return mail(t('notification.consentRevoked.subject', who), [
        t('notification.consentRevoked.lead', who),
        reason(),
      ]);
    case 'signatures_voided':
      return mail(t('notification.signaturesVoided.subject', who), [
        t('notification.signaturesVoided.lead', { ...who, version }),
        reason(),
      ]);
    case 'signature_needed':
      return mail(t('notification.signatureNeeded.subject', who), [
        t('notification.signatureNeeded.lead', { ...who, version }),
        t('notification.signatureNeeded.hint'),
      ]);
    case 'meeting_summary': {
      const started = d.digest?.startedAt ? new Date(d.digest.startedAt) : null;
      const lead =
        started && !Number.isNaN(started.getTime())
          ? t('notification.meetingSummary.leadWhen', { ...who, when: mailMoment(started, ctx.locale, ctx.timeZone) })
          : t('notification.meetingSummary.lead', who);
      // A notice written before digests were kept holds an English text: it is shown as it is.
      const body = d.digest ? digestParagraphs(d.digest, t) : (d.summary ?? '').split('\n\n');
      return mail(t('notification.meetingSummary.subject', who), [lead, ...body]);
    }
    case 'section_approved':
      return mail(t('notification.sectionApproved.subject', who), [
        t('notification.sectionApproved.lead', { ...who, version }),
      ]);
    case 'progress_report_issued':
      return mail(t('notification.progressReportIssued.subject', who), [
        t('notification.progressReportIssued.lead', who),
        t('notification.progressReportIssued.hint'),
      ]);
  }
}
