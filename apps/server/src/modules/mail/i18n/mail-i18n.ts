import i18next from 'i18next';
import { en } from './en';
import { es } from './es';

export type MailLocale = 'en' | 'es';
export const MAIL_LOCALES: readonly MailLocale[] = ['en', 'es'];

/** A stored language (an account's, a family's) as one the server writes in; anything else reads English. */
export const mailLocale = (value: string | null | undefined): MailLocale => (value === 'es' ? 'es' : 'en');

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
/** `summary.attendee_one` and `_other` are asked for as `summary.attendee` with a count. */
type Plain<K extends string> = K extends `${infer B}_one` ? B : K extends `${infer B}_other` ? B : K;

/** Every message key of the server's catalogs. */
export type MailKey = Plain<Leaves<typeof en>>;
export type MailValues = Record<string, string | number>;
/** A message in one language: the key, and the values its placeholders take (never re-read as markup). */
export type MailT = (key: MailKey, values?: MailValues) => string;

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, es: { translation: es } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...MAIL_LOCALES],
  initAsync: false,
  // Escaping is the HTML renderer's job; values (names, comments) are never read as keys or nesting.
  interpolation: { escapeValue: false, skipOnVariables: true },
});

/** The catalog's words in one language. */
export function mailT(locale: MailLocale): MailT {
  const t = i18n.getFixedT(locale);
  return (key, values) => String(t(key, values ?? {}));
}
