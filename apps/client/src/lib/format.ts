import { dateTimeFormat } from '@iep/shared';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date in the reader's language. Date-only values ("2025-03-14") are calendar days, shown as
 * such whatever the time zone.
 */
export function formatDate(value: string, language: string): string {
  const dateOnly = DATE_ONLY.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return dateTimeFormat(language, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
}
