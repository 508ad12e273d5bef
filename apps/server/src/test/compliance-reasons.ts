import { z } from 'zod';
import {
  checkKey,
  complianceFailingDetailsSchema,
  type ComplianceCode,
  type ComplianceOverrideInput,
} from '@iep/shared';
import { api, type TestApp } from './test-app';

/**
 * Reasons for every check a section can fail without goals or services: a fresh demo section
 * (empty) fails several, so suites about something else give these when they request sign-off.
 * Only the checks that fail are recorded; the rest are ignored.
 */
const SECTION_WIDE: [ComplianceCode, string][] = [
  ['services_present', 'services'],
  ['areas_of_need_present', 'areasOfNeed'],
  ['parent_concerns_present', 'parentConcerns'],
  ['annual_review_within_year', 'plan/annualReviewDate'],
  ['transition_goals_present', 'transitionGoals'],
  ['proposals_resolved', 'proposals'],
  ['family_review_answered', 'familyReview'],
];

export const REASONS_FOR_EMPTY_SECTION: ComplianceOverrideInput[] = SECTION_WIDE.map(([code, target]) => ({
  key: checkKey({ code, target }),
  reason: 'Test record: the team goes ahead (the suite is about something else)',
}));

/** Reasons for the checks a COMPLIANCE_FAILING refusal named (for suites about something else). */
export function reasonsForRefusal(body: unknown): ComplianceOverrideInput[] {
  const parsed = refusalSchema.safeParse(body);
  if (!parsed.success) return [];
  return parsed.data.error.details.checks.map((c) => ({
    key: c.key,
    reason: 'Test record: the team goes ahead (the suite is about something else)',
  }));
}

const refusalSchema = z.object({
  error: z.object({ code: z.literal('COMPLIANCE_FAILING'), details: complianceFailingDetailsSchema }),
});

/**
 * Requests sign-off through the real route; if compliance refuses it, asks again with a reason for
 * each failing check the refusal named. Returns the last response.
 */
export async function requestSignoffExplained(
  app: TestApp,
  token: string,
  sectionId: string,
): Promise<{ status: number; body: unknown }> {
  const path = `/api/sections/${sectionId}/transition`;
  const first = await api(app, path, { method: 'POST', token, body: { to: 'pending_signoff' } });
  const overrides = reasonsForRefusal(first.body);
  if (overrides.length === 0) return first;
  return api(app, path, { method: 'POST', token, body: { to: 'pending_signoff', overrides } });
}
