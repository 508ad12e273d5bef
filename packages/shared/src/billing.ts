import { z } from 'zod';
import { calendarDateSchema } from './input';

/**
 * Billing public benefits (issue 22, 34 CFR 300.154(d)): the school may bill Medicaid for a
 * student's sessions only with the family's one-time written consent, and sends an annual notice.
 * Consent is revocable: from the revocation date on, no session is exported.
 */
export const benefitsConsentIdParamSchema = z.object({ id: z.string().uuid() });

export const recordBenefitsConsentRequestSchema = z
  .object({
    /** The date the parent signed the consent. */
    consentedOn: calendarDateSchema,
    /** The annual notice of the family's rights, if sent with it. */
    annualNoticeSentOn: calendarDateSchema.nullable().default(null),
  })
  .strict();
export type RecordBenefitsConsentRequest = z.output<typeof recordBenefitsConsentRequestSchema>;

export const benefitsNoticeRequestSchema = z.object({ sentOn: calendarDateSchema }).strict();
export const revokeBenefitsConsentRequestSchema = z.object({ revokedOn: calendarDateSchema }).strict();

export const benefitsConsentViewSchema = z.object({
  id: z.string(),
  studentId: z.string(),
  consentedOn: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  annualNoticeSentOn: z.string().nullable(),
  revokedOn: z.string().nullable(),
  revokedRecordedBy: z.string().nullable(),
});
export type BenefitsConsentView = z.infer<typeof benefitsConsentViewSchema>;

export const benefitsConsentsSchema = z.object({
  consents: z.array(benefitsConsentViewSchema),
  /** Whether a consent is in force today. */
  inForce: z.boolean(),
});
export type BenefitsConsents = z.infer<typeof benefitsConsentsSchema>;

/** In force on a day: given on or before it, and not revoked on or before it. */
export const consentInForce = (c: { consentedOn: string; revokedOn: string | null }, day: string): boolean =>
  c.consentedOn <= day && (c.revokedOn === null || day < c.revokedOn);

export const billingExportQuerySchema = z.object({ from: calendarDateSchema, to: calendarDateSchema }).strict();

/** The export's columns, in order (one row per delivered, co-signed where needed, session). */
export const BILLING_COLUMNS = [
  'student_id',
  'student_name',
  'date_of_birth',
  'session_date',
  'start_time',
  'end_time',
  'minutes',
  'grouping',
  'group_size',
  'service_model',
  'setting',
  'location',
  'provider_name',
  'provider_credential',
  'supervising_ot',
  'cosigned_at',
  'goals',
  'note',
  'entry_id',
  'entry_version',
] as const;

/** Response headers that say what the export left out. */
export const BILLING_HEADERS = {
  rows: 'x-billing-rows',
  omittedNoConsent: 'x-billing-omitted-no-consent',
  omittedAwaitingCosign: 'x-billing-omitted-awaiting-cosign',
} as const;

/**
 * One CSV cell: quoted, quotes doubled, and a leading = + - @ (or tab / carriage return) prefixed
 * with an apostrophe so a spreadsheet never runs it as a formula (OWASP "CSV injection").
 */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const csvLine = (cells: readonly (string | number | null)[]): string => cells.map(csvCell).join(',');
