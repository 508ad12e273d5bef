import { dateTimeFormat, isAuditAction, type AccessKind, type AccessLogQuery, type AuditAction } from '@iep/shared';

/** The catalog key that puts an action code into words; null for a code this client does not know. */
export function actionLabelKey(code: string): `accessLog.actions.${AuditAction}` | null {
  return isAuditAction(code) ? `accessLog.actions.${code}` : null;
}

export interface AccessLogFilters {
  person: string;
  kind: AccessKind | '';
  from: string;
  to: string;
}

export const NO_FILTERS: AccessLogFilters = { person: '', kind: '', from: '', to: '' };

/** The reader's time zone as minutes east of UTC (the server groups accesses by the reader's days). */
export const readerTzOffset = (at: Date = new Date()): number => -at.getTimezoneOffset();

/**
 * The query string for a page of the log: empty filters are left out; `to` before `from` is
 * swapped; the reader's time zone is always sent so days are theirs.
 */
export function accessLogSearch(filters: AccessLogFilters, page = 1, tzOffset = 0): string {
  let { from, to } = filters;
  if (from !== '' && to !== '' && to < from) [from, to] = [to, from];
  const query: Partial<Record<keyof AccessLogQuery, string>> = {};
  if (filters.person !== '') query.person = filters.person;
  if (filters.kind !== '') query.kind = filters.kind;
  if (from !== '') query.from = from;
  if (to !== '') query.to = to;
  if (page !== 1) query.page = String(page);
  if (tzOffset !== 0) query.tzOffset = String(tzOffset);
  const search = new URLSearchParams(query).toString();
  return search === '' ? '' : `?${search}`;
}

/** A day (YYYY-MM-DD, already the reader's) in the reader's language: "2 Dec 2026", "2 dic 2026". */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return dateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export const pageCount = (total: number, pageSize: number): number => Math.max(1, Math.ceil(total / pageSize));
