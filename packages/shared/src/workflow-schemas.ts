import { z } from 'zod';
import { calendarDateSchema, DATE_ISSUES, fromNotAfterTo, queryInt, safeText } from './input';
import { roleSchema, sectionStatusSchema } from './schemas';
import { TRANSITION_NAMES } from './workflow';

/** Reasons given for failing compliance checks, one per check key (`code:target`). */
export const complianceOverridesSchema = z
  .array(z.object({ key: safeText({ min: 3, max: 300 }), reason: safeText({ min: 3, max: 2000 }) }))
  .max(100);
export type ComplianceOverrideInput = z.infer<typeof complianceOverridesSchema>[number];

/** The details of a COMPLIANCE_FAILING refusal: the failing checks without a reason. */
export const complianceFailingDetailsSchema = z.object({
  checks: z.array(
    z.object({
      key: z.string(),
      code: z.string(),
      target: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type ComplianceFailingDetails = z.infer<typeof complianceFailingDetailsSchema>;

/** A reason on record for a failing check: who gave it, when; printed in the PDF. */
export const complianceOverrideSchema = z.object({
  key: z.string(),
  code: z.string(),
  target: z.string(),
  reason: z.string(),
  byName: z.string(),
  byRole: roleSchema,
  at: z.string(),
});
export type ComplianceOverride = z.infer<typeof complianceOverrideSchema>;

export const transitionRequestSchema = z.object({
  to: sectionStatusSchema,
  /** Sharing with the family: the date by which the family is asked to respond. */
  respondBy: calendarDateSchema.optional(),
  note: safeText({ max: 2000 }).optional(),
  /** Requesting sign-off while checks fail: a reason per failing check (by its key). */
  overrides: complianceOverridesSchema.optional(),
});
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;

export const familyReviewSchema = z.object({
  respondBy: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  firstOpenedAt: z.string().nullable(),
  respondedAt: z.string().nullable(),
  responseNote: z.string().nullable(),
});
export type FamilyReview = z.infer<typeof familyReviewSchema>;

export const familyResponseRequestSchema = z.object({ note: safeText({ max: 2000 }).optional() });

/** The workflow as one person sees it: where the section is and what they may do next. */
export const workflowStateSchema = z.object({
  status: sectionStatusSchema,
  transitions: z.array(z.object({ name: z.enum(TRANSITION_NAMES), to: sectionStatusSchema })),
  familyReview: familyReviewSchema,
  /** For an amendment: the number of the approved version it was made from. */
  amendmentOf: z.number().int().nullable(),
  /** The frozen version under sign-off, or the one approved. */
  signoffVersion: z.number().int().nullable(),
  /** Reasons recorded for failing checks in this cycle of the plan (since the last amendment). */
  overrides: z.array(complianceOverrideSchema),
});
export type WorkflowState = z.infer<typeof workflowStateSchema>;

export const transitionResponseSchema = z.object({
  status: sectionStatusSchema,
  /** The version saved automatically at this step. */
  versionNumber: z.number().int(),
});

/** The full audit trail's filters (staff only): `from` and `to` are days (inclusive), `from` not after `to`. */
export const accessLogEntriesQuerySchema = z
  .object({
    action: safeText({ max: 80 }).optional(),
    actorId: z.string().uuid().optional(),
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
    limit: queryInt({ min: 1, max: 500 }).default(200),
  })
  .refine(fromNotAfterTo, { message: DATE_ISSUES.fromAfterTo, path: ['to'] });
export type AccessLogEntriesQuery = z.infer<typeof accessLogEntriesQuerySchema>;

export const accessLogEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: roleSchema.nullable(),
  action: z.string(),
  sectionId: z.string().nullable(),
  detail: z.unknown(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;
export const accessLogSchema = z.object({ entries: z.array(accessLogEntrySchema) });

const dashboardSectionSchema = z.object({
  sectionId: z.string(),
  studentId: z.string(),
  studentName: z.string(),
  status: sectionStatusSchema,
});

export const dashboardSchema = z.object({
  awaitingMySignoff: z.array(dashboardSectionSchema.extend({ versionNumber: z.number().int().nullable() })),
  familiesNotResponded: z.array(
    dashboardSectionSchema.extend({ respondBy: z.string().nullable(), overdue: z.boolean() }),
  ),
  annualReviews: z.array(
    dashboardSectionSchema.extend({
      annualReviewDate: z.string(),
      daysLeft: z.number().int(),
      bucket: z.enum(['overdue', '30', '60', '90']),
    }),
  ),
  /** Progress reports due within 7 days (or up to 14 days late) with none issued since the reminder opened. */
  progressReportsDue: z.array(
    dashboardSectionSchema.extend({ dueDate: z.string(), daysLeft: z.number().int(), overdue: z.boolean() }),
  ),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
