import type { NoticeLocale } from '@iep/shared';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WORDS: Record<
  NoticeLocale,
  (m: { student: string; issuer: string }) => { subject: string; body: string[]; open: string }
> = {
  en: ({ student, issuer }) => ({
    subject: `Progress report for ${student}`,
    body: [
      `${issuer} sent you a progress report on ${student}'s occupational therapy (OT) goals.`,
      'For each goal it shows the data recorded in the period and what it means.',
      'Please read it and confirm in the app that you received it.',
    ],
    open: 'Open the report',
  }),
  es: ({ student, issuer }) => ({
    subject: `Informe de progreso de ${student}`,
    body: [
      `${issuer} le envió un informe de progreso sobre las metas de terapia ocupacional (TO) de ${student}.`,
      'Para cada meta muestra los datos registrados en el período y lo que significan.',
      'Por favor léalo y confirme en la aplicación que lo recibió.',
    ],
    open: 'Abrir el informe',
  }),
};

/** The mail that tells a parent a progress report was issued, in their language, with a link to it. */
export function progressMail(locale: NoticeLocale, m: { student: string; issuer: string; link: string }) {
  const words = WORDS[locale](m);
  return {
    subject: words.subject,
    text: [...words.body, `${words.open}: ${m.link}`].join('\n\n'),
    html: [
      '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5; color: #1a1b1e">',
      ...words.body.map((p) => `<p>${escapeHtml(p)}</p>`),
      `<p><a href="${escapeHtml(m.link)}">${escapeHtml(words.open)}</a></p>`,
      '</body></html>',
    ].join('\n'),
  };
}
