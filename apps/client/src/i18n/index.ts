import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@iep/shared';
import en from './en.json';
import es from './es.json';
import { DEFAULT_LANGUAGE, isLocale, pickLanguage, readStoredLanguage, storeLanguage } from './language';

export const resources = { en: { translation: en }, es: { translation: es } } as const;

/** Keeps <html lang>, the document description and the default title in step with the language. */
function applyDocumentLanguage(language: string): void {
  const root = document.documentElement;
  root.lang = language;
  const description = document.querySelector('meta[name="description"]');
  if (description) description.setAttribute('content', i18n.t('app.description'));
}

export function initI18n(): typeof i18n {
  const language = pickLanguage(readStoredLanguage(), navigator.languages);
  void i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['en', 'es'],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  i18n.on('languageChanged', applyDocumentLanguage);
  applyDocumentLanguage(language);
  return i18n;
}

/** The language the interface is shown in now. */
export function currentLanguage(): Locale {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLocale(language) ? language : DEFAULT_LANGUAGE;
}

/** Switches the interface language and remembers the choice on this device. */
export function changeLanguage(language: Locale): void {
  storeLanguage(language);
  void i18n.changeLanguage(language);
}
