import type { MailLocale } from './i18n/mail-i18n';
import { dateTimeFormat, isTimeZone } from '@iep/shared';

/** Where a district has no valid zone of its own (the column's default). */
export const DEFAULT_TIME_ZONE = 'America/New_York';

/** A stored IANA zone, or the default when the runtime does not know it. */
export function timeZoneOr(zone: string | null | undefined): string {
  return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

/** A calendar day (YYYY-MM-DD) in words: "December 1, 2026", "1 de diciembre de 2026". */
export function mailDay(day: string, locale: MailLocale): string {
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The day a moment falls on in the district's zone, in words. */
export function mailDate(at: Date, locale: MailLocale, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: timeZoneOr(timeZone) }).format(at);
}

/**
 * A moment in words in the district's zone, with the zone named: "Tuesday, December 15, 2026 at
 * 2:00 PM Central Standard Time", "martes, 15 de diciembre de 2026, 14:00 hora estándar central".
 */
export function mailMoment(at: Date, locale: MailLocale, timeZone: string): string {
  return dateTimeFormat(locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: timeZoneOr(timeZone),
    timeZoneName: 'long',
  }).format(at);
}
