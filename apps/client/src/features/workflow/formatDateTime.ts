import { dateTimeFormat } from '@iep/shared';

/** A moment (ISO timestamp) in the reader's language, with the time: signatures and accesses need it. */
export function formatDateTime(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return dateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
