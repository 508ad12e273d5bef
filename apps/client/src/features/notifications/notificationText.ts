import type { ParseKeys } from 'i18next';
import type { NotificationDto } from '@iep/shared';

/** A catalog key and its values; the centre words it in the reader's language. */
export interface Phrase {
  key: ParseKeys;
  values: Record<string, string | number>;
}

/** What the notification centre says for a notification: its headline and, where the kind has one, a detail line. */
export function notificationText(
  n: NotificationDto,
  formatDay: (day: string) => string,
): { title: Phrase; detail: Phrase | null } {
  const who = { name: n.actorName, student: n.studentName };
  const d = n.detail;
  switch (n.kind) {
    case 'mention':
      return {
        title: { key: 'notifications.mention', values: who },
        detail: n.excerpt === '' ? null : { key: 'notifications.excerpt', values: { text: n.excerpt } },
      };
    case 'shared_for_review':
      return {
        title: { key: 'notifications.sharedForReview', values: who },
        detail: d.respondBy ? { key: 'notifications.respondBy', values: { date: formatDay(d.respondBy) } } : null,
      };
    case 'consent_revoked':
      return {
        title: { key: 'notifications.consentRevoked', values: who },
        detail: d.reason ? { key: 'notifications.reason', values: { reason: d.reason } } : null,
      };
    case 'signatures_voided':
      return {
        title: {
          key: 'notifications.signaturesVoided',
          values: { student: n.studentName, version: d.versionNumber ?? '' },
        },
        detail: d.reason ? { key: 'notifications.reason', values: { reason: d.reason } } : null,
      };
    case 'meeting_summary':
      return {
        title: { key: 'notifications.meetingSummary', values: who },
        detail: { key: 'notifications.meetingSummaryHint', values: {} },
      };
    case 'signature_needed':
      return {
        title: { key: 'notifications.signatureNeeded', values: { ...who, version: d.versionNumber ?? '' } },
        detail: { key: 'notifications.signatureNeededHint', values: {} },
      };
    case 'section_approved':
      return {
        title: { key: 'notifications.sectionApproved', values: { ...who, version: d.versionNumber ?? '' } },
        detail: null,
      };
    case 'progress_report_issued':
      return {
        title: { key: 'notifications.progressReportIssued', values: who },
        detail: { key: 'notifications.progressReportIssuedHint', values: {} },
      };
  }
}
