import type { Role } from '@iep/shared';
import { mailT, type MailLocale } from '../mail/i18n/mail-i18n';
import { mailDate } from '../mail/mail-format';
import { renderMail, type RenderedMail } from '../mail/mail-render';
import { MAIL_SECRET_SLOT } from '../mail/mail.service';

export interface InvitationMailInput {
  inviterName: string;
  studentFirstName: string;
  role: Role;
  expiresAt: Date;
  /** The reader's language: their account's if they have one, else the family's for a family member. */
  language: MailLocale;
  /** The district's zone: the last day the link works is that day there. */
  timeZone: string;
}

/**
 * The invitation mail: who invites, to which student's team, as what (in words), the link and the
 * day it expires (in words). The link is the mail's secret: the text holds only its slot.
 */
export function invitationMail(m: InvitationMailInput): RenderedMail {
  const t = mailT(m.language);
  const student = m.studentFirstName;
  return renderMail(m.language, t('invitation.subject', { student }), [
    t('invitation.lead', { name: m.inviterName, student, role: t(`roles.${m.role}`) }),
    t('invitation.accept', { date: mailDate(m.expiresAt, m.language, m.timeZone) }),
    { label: '', href: MAIL_SECRET_SLOT },
  ]);
}
