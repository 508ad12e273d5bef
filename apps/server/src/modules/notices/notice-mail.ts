import type { NoticeLocale } from '@iep/shared';

export interface NoticeMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const WORDS: Record<
  NoticeLocale,
  (m: { student: string; issuer: string }) => { subject: string; body: string[]; open: string }
> = {
  en: ({ student, issuer }) => ({
    subject: `Prior Written Notice about ${student}`,
    body: [
      `${issuer} sent you a Prior Written Notice about ${student}'s occupational therapy (OT) services.`,
      'It says what the school proposes or refuses, why, the other options the team considered, the information used, and your rights.',
      'Please read it and confirm in the app that you received it.',
    ],
    open: 'Open the notice',
  }),
  es: ({ student, issuer }) => ({
    subject: `Aviso Previo por Escrito sobre ${student}`,
    body: [
      `${issuer} le envió un Aviso Previo por Escrito sobre los servicios de terapia ocupacional (TO) de ${student}.`,
      'Dice lo que la escuela propone o rechaza, por qué, las otras opciones que el equipo consideró, la información usada y sus derechos.',
      'Por favor léalo y confirme en la aplicación que lo recibió.',
    ],
    open: 'Abrir el aviso',
  }),
};

/** The mail that tells a parent a notice was issued, in their language, with a link to it. */
export function noticeMail(locale: NoticeLocale, m: { student: string; issuer: string; link: string }): NoticeMail {
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
