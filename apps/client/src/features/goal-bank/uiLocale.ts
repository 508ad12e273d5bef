import type { Locale } from '@iep/shared';

/** The content language for the UI language: Spanish for 'es' (and 'es-MX'...), English otherwise. */
export function uiLocale(language: string | undefined): Locale {
  return (language ?? '').toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
}
