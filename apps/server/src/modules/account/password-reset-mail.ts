import type { Locale } from '@iep/shared';
import { mailT } from '../mail/i18n/mail-i18n';
import { renderMail, type RenderedMail } from '../mail/mail-render';
import { MAIL_SECRET_SLOT } from '../mail/mail.service';

/**
 * The reset mail in the person's language. The link is its one secret: the text holds only its slot,
 * which delivery fills in.
 */
export function passwordResetMail(locale: Locale, name: string): RenderedMail {
  const t = mailT(locale);
  return renderMail(locale, t('passwordReset.subject'), [
    t('passwordReset.greeting', { name }),
    t('passwordReset.body'),
    { label: '', href: MAIL_SECRET_SLOT },
    t('passwordReset.ignore'),
  ]);
}
