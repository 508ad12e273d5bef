import type { Locale } from '@iep/shared';
import { MAIL_SECRET_SLOT } from '../mail/mail.service';

/**
 * The reset mail in the person's language. The link is its one secret: the text holds only its slot,
 * which delivery fills in.
 */
export function passwordResetMail(locale: Locale, name: string): { subject: string; text: string } {
  if (locale === 'es') {
    return {
      subject: 'Restablecer su contraseña de IEP Workspace',
      text: [
        `Hola, ${name}:`,
        '',
        'Alguien (esperamos que usted) pidió restablecer la contraseña de su cuenta. Abra este enlace dentro de una hora para elegir una nueva; solo funciona una vez:',
        '',
        MAIL_SECRET_SLOT,
        '',
        'Si no lo pidió, ignore este mensaje: su contraseña no cambia.',
      ].join('\n'),
    };
  }
  return {
    subject: 'Reset your IEP Workspace password',
    text: [
      `Hello ${name},`,
      '',
      'Someone (we hope you) asked to reset the password of your account. Open this link within an hour to choose a new one; it works once:',
      '',
      MAIL_SECRET_SLOT,
      '',
      'If you did not ask for this, ignore this message: your password stays as it is.',
    ].join('\n'),
  };
}
