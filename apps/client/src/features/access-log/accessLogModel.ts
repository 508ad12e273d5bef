import type { AccessLogQuery } from '@iep/shared';

/** Action codes the catalogs put into words, and the key under `accessLog.actions` for each. */
export const KNOWN_ACTIONS = {
  'section.read': 'read',
  'section.session_open': 'sessionOpen',
  'section.session_close': 'sessionClose',
  'section.version_saved': 'versionSaved',
  'section.version_read': 'versionRead',
  'section.transition': 'transition',
  'section.signed': 'signed',
  'section.signatures_voided': 'signaturesVoided',
  'section.consent_revoked': 'consentRevoked',
  'section.exported': 'exported',
  'section.family_first_opened': 'familyFirstOpened',
  'section.family_responded': 'familyResponded',
  'student.list': 'studentList',
  'notice.drafted': 'noticeDrafted',
  'notice.updated': 'noticeUpdated',
  'notice.issued': 'noticeIssued',
  'notice.read': 'noticeRead',
  'notice.exported': 'noticeExported',
  'notice.acknowledged': 'noticeAcknowledged',
} as const;
export type KnownAction = keyof typeof KNOWN_ACTIONS;
export type ActionKey = (typeof KNOWN_ACTIONS)[KnownAction];

export const isKnownAction = (code: string): code is KnownAction => Object.hasOwn(KNOWN_ACTIONS, code);

/** The catalog key for an action code, or null: unknown codes are shown as they come. */
export function actionKey(code: string): ActionKey | null {
  return isKnownAction(code) ? KNOWN_ACTIONS[code] : null;
}

export interface AccessLogFilters {
  action: string;
  from: string;
  to: string;
}

export const NO_FILTERS: AccessLogFilters = { action: '', from: '', to: '' };

/** The query string for the filters: empty ones are left out; `to` before `from` is swapped. */
export function accessLogSearch(filters: AccessLogFilters, limit?: number): string {
  let { from, to } = filters;
  if (from !== '' && to !== '' && to < from) [from, to] = [to, from];
  const query: Partial<Record<keyof AccessLogQuery, string>> = {};
  if (filters.action !== '') query.action = filters.action;
  if (from !== '') query.from = from;
  if (to !== '') query.to = to;
  if (limit !== undefined) query.limit = String(limit);
  const search = new URLSearchParams(query).toString();
  return search === '' ? '' : `?${search}`;
}

/** The few facts of an entry's detail worth a word: a version number, a workflow state. */
export function detailFacts(detail: unknown): { versionNumber: number | null; to: string | null } {
  if (typeof detail !== 'object' || detail === null) return { versionNumber: null, to: null };
  const record = detail as Record<string, unknown>;
  const version = record.versionNumber ?? record.number;
  return {
    versionNumber: typeof version === 'number' ? version : null,
    to: typeof record.to === 'string' ? record.to : null,
  };
}
