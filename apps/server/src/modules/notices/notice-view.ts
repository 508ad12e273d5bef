import {
  missingNoticeFields,
  noticeOptionSchema,
  type NoticeFields,
  type NoticeLocale,
  type NoticeOption,
  type NoticeView,
} from '@iep/shared';
import type { NoticeRow } from './notices.repository';

/** The stored options, each checked (a row written by an older build still reads). */
export function optionsOf(json: unknown): NoticeOption[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item) => {
    const parsed = noticeOptionSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function fieldsOf(row: NoticeRow): NoticeFields {
  return {
    action: row.action,
    description: row.description,
    reasons: row.reasons,
    options: optionsOf(row.options),
    dataUsed: row.dataUsed,
    otherFactors: row.otherFactors,
  };
}

export const localeOf = (value: string | null | undefined): NoticeLocale => (value === 'es' ? 'es' : 'en');

export function toView(row: NoticeRow): NoticeView {
  const fields = fieldsOf(row);
  const issued = row.status === 'issued';
  return {
    ...fields,
    id: row.id,
    sectionId: row.sectionId,
    status: row.status,
    trigger: row.trigger,
    sourceId: row.sourceId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    locale: issued ? localeOf(row.locale) : null,
    safeguards: row.safeguards,
    issuedAt: row.issuedAt ? row.issuedAt.toISOString() : null,
    issuedBy: row.issuedByName && row.issuedByRole ? { name: row.issuedByName, role: row.issuedByRole } : null,
    receipts: row.receipts.map((r) => ({
      userId: r.userId,
      name: r.name,
      acknowledgedAt: r.acknowledgedAt.toISOString(),
    })),
    missing: issued ? [] : missingNoticeFields(fields),
  };
}
