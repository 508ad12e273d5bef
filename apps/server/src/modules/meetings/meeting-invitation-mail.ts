import { mailT, type MailLocale } from '../mail/i18n/mail-i18n';
import { mailMoment } from '../mail/mail-format';
import { renderMail, type RenderedMail } from '../mail/mail-render';
import { meetingIcs } from './meeting-ics';

export interface MeetingInvitationInput {
  meetingId: string;
  start: Date;
  videoUrl: string | null;
  studentName: string;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
  /** The absolute link to the meeting in the workspace. */
  link: string;
  /** The reader's language and the district's zone. */
  locale: MailLocale;
  timeZone: string;
  now: Date;
}

/**
 * The meeting invitation for one reader: in their language, the time in words in the district's
 * zone, the video link if any, the absolute link to the meeting, and the calendar file (its title and
 * description in the same language).
 */
export function meetingInvitationMail(m: MeetingInvitationInput): RenderedMail & { ics: string } {
  const t = mailT(m.locale);
  const when = mailMoment(m.start, m.locale, m.timeZone);
  const title = t('meetingInvitation.title', { student: m.studentName });
  const how = m.videoUrl ? t('meetingInvitation.video', { url: m.videoUrl }) : t('meetingInvitation.noVideo');
  const mail = renderMail(m.locale, t('meetingInvitation.subject', { student: m.studentName, when }), [
    t('meetingInvitation.lead', { name: m.organizer.name, student: m.studentName }),
    t('meetingInvitation.when', { when }),
    how,
    t('meetingInvitation.calendar'),
    { label: t('meetingInvitation.openMeeting'), href: m.link },
  ]);
  const ics = meetingIcs({
    id: m.meetingId,
    start: m.start,
    minutes: 60,
    summary: title,
    description: `${how}\n${m.link}`,
    url: m.videoUrl ?? m.link,
    organizer: m.organizer,
    attendees: m.attendees,
    now: m.now,
  });
  return { ...mail, ics };
}
