import type { NotificationDto } from '@iep/shared';

/** The mail for one notification, in the record's language (English), linking to the section. */
export function notificationMail(n: NotificationDto, publicUrl: string): { subject: string; text: string } {
  const link = `Open it: ${publicUrl}/sections/${n.sectionId}`;
  const d = n.detail;
  switch (n.kind) {
    case 'mention':
      return {
        subject: `${n.actorName} mentioned you (${n.studentName})`,
        text: [
          `${n.actorName} mentioned you in a comment on ${n.studentName}'s OT section:`,
          '',
          n.excerpt,
          '',
          link,
        ].join('\n'),
      };
    case 'shared_for_review':
      return {
        subject: `${n.studentName}'s OT section is ready for your review`,
        text: [
          `${n.actorName} shared the draft of ${n.studentName}'s OT section with the family for review.`,
          d.respondBy ? `Please respond by ${d.respondBy}.` : 'Please read it and respond.',
          '',
          link,
        ].join('\n'),
      };
    case 'consent_revoked':
      return {
        subject: `${n.actorName} revoked consent (${n.studentName})`,
        text: [
          `${n.actorName} revoked their consent to ${n.studentName}'s OT section.`,
          '',
          `Reason: ${d.reason ?? ''}`,
          '',
          link,
        ].join('\n'),
      };
    case 'signatures_voided':
      return {
        subject: `Your signature was voided (${n.studentName})`,
        text: [
          `Your signature on version ${d.versionNumber ?? ''} of ${n.studentName}'s OT section was voided; please review and sign again.`,
          '',
          `Reason: ${d.reason ?? ''}`,
          '',
          link,
        ].join('\n'),
      };
    case 'meeting_summary':
      return {
        subject: `Meeting summary (${n.studentName})`,
        text: [`The meeting about ${n.studentName}'s OT section has ended.`, '', d.summary ?? '', '', link].join('\n'),
      };
    case 'section_approved':
      return {
        subject: `${n.studentName}'s OT section is approved`,
        text: [
          `${n.studentName}'s OT section was approved (version ${d.versionNumber ?? ''}) with ${n.actorName}'s signature.`,
          '',
          link,
        ].join('\n'),
      };
  }
}
