import type { Role } from '@iep/shared';
import { MAIL_SECRET_SLOT } from '../mail/mail.service';

export interface InvitationMailInput {
  inviterName: string;
  studentFirstName: string;
  role: Role;
  expiresAt: Date;
  /** A parent is written to in the family's preferred language; staff in English. */
  language: 'en' | 'es';
}

const ROLE_WORDS: Record<'en' | 'es', Record<Role, string>> = {
  en: {
    parent: 'parent or guardian',
    teacher: 'teacher',
    ot: 'occupational therapist',
    ota: 'OT assistant',
    admin: 'administrator',
  },
  es: {
    parent: 'madre, padre o tutor',
    teacher: 'maestro/a',
    ot: 'terapeuta ocupacional',
    ota: 'asistente de terapia ocupacional',
    admin: 'administrador/a',
  },
};

/**
 * The invitation mail: who invites, to which student's team, as what, the link and its expiry. The
 * link is the mail's secret: the text holds only its slot.
 */
export function invitationMail(m: InvitationMailInput): { subject: string; text: string } {
  const role = ROLE_WORDS[m.language][m.role];
  const until = m.expiresAt.toISOString().slice(0, 10);
  if (m.language === 'es') {
    return {
      subject: `Invitación al equipo de ${m.studentFirstName}`,
      text: [
        `${m.inviterName} le invita a unirse al equipo del plan de ${m.studentFirstName} como ${role}.`,
        '',
        `Abra este enlace para aceptar (funciona una sola vez, hasta el ${until}):`,
        MAIL_SECRET_SLOT,
      ].join('\n'),
    };
  }
  return {
    subject: `You are invited to ${m.studentFirstName}'s team`,
    text: [
      `${m.inviterName} invites you to join ${m.studentFirstName}'s plan team as ${role}.`,
      '',
      `Open this link to accept (it works once, until ${until}):`,
      MAIL_SECRET_SLOT,
    ].join('\n'),
  };
}
