import { z } from 'zod';
import { emailSchema, pathInt, queryInt, safeText } from './input';
import { ROLES, SECTION_STATUSES } from './roles';
import { GOAL_AREAS, type FieldIssue, type SectionStructure } from './doc';
import type { ComplianceItem } from './section-checks';
import type { SectionDiff } from './section-diff';
import type { WorkflowState } from './workflow-schemas';
import { sectionAbilitiesSchema, studentAbilitiesSchema } from './abilities-schema';

export const LOCALES = ['en', 'es'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const loginRequestSchema = z.object({
  email: emailSchema(),
  password: safeText({ min: 1, max: 200, trim: false }),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const userSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  locale: localeSchema,
});
export type User = z.infer<typeof userSchema>;

export const loginResponseSchema = z.object({ user: userSchema, token: z.string() });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const sectionIdParamSchema = z.object({ sectionId: z.string().uuid() });

export const roleSchema = z.enum(ROLES);
export const sectionStatusSchema = z.enum(SECTION_STATUSES);

export const planSummarySchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(['iep', 'plan504']),
  meetingDate: z.string().nullable(),
  annualReviewDate: z.string().nullable(),
  otSectionId: z.string().uuid().nullable(),
  otSectionStatus: sectionStatusSchema.nullable(),
});

export const studentSummarySchema = z.object({
  id: z.string().uuid(),
  firstName: z.string(),
  lastName: z.string(),
  grade: z.string(),
  dateOfBirth: z.string(),
  school: z.string(),
  myRole: roleSchema,
  /** What the caller may do with this student's record (`studentAbilities`). */
  abilities: studentAbilitiesSchema,
  plans: z.array(planSummarySchema),
});
export type StudentSummary = z.infer<typeof studentSummarySchema>;
export const studentListSchema = z.object({ students: z.array(studentSummarySchema) });
export type StudentList = z.infer<typeof studentListSchema>;

/** ProseMirror-shaped JSON of one rich-text part of the section. */
export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: RichTextNode[];
}

export const sectionResponseSchema = z.object({
  id: z.string().uuid(),
  studentId: z.string().uuid(),
  studentName: z.string(),
  /** For the blanks and questions that name the student ("What would you like Mateo to be able to do?"). */
  studentFirstName: z.string(),
  planId: z.string().uuid(),
  status: sectionStatusSchema,
  version: z.number().int(),
  myRole: roleSchema,
  /** What the caller may do here now (`sectionAbilities`): the client renders from it alone. */
  permissions: sectionAbilitiesSchema,
  meetingDate: z.string().nullable(),
  annualReviewDate: z.string().nullable(),
  studentDateOfBirth: z.string().nullable(),
  /** The rich-text fragments as ProseMirror JSON. */
  content: z.record(z.string(), z.unknown()),
  /** Areas of need, goals, services, accommodations, transition goals: validated field by field. */
  structure: z.custom<SectionStructure>((v) => typeof v === 'object' && v !== null),
  issues: z.custom<FieldIssue[]>((v) => Array.isArray(v)),
  checks: z.custom<ComplianceItem[]>((v) => Array.isArray(v)),
  /** Where the section is in its workflow and what this person may do next. */
  workflow: z.custom<WorkflowState>((v) => typeof v === 'object' && v !== null),
  /** What changed since this person last opened the section; null on their first look. */
  sinceLastLook: z
    .object({
      seenAt: z.string(),
      changed: z.boolean(),
      diff: z.custom<SectionDiff>((v) => typeof v === 'object' && v !== null),
    })
    .nullable(),
});
export type SectionResponse = z.infer<typeof sectionResponseSchema>;

export const collabTokenResponseSchema = z.object({
  token: z.string(),
  url: z.string(),
  expiresAt: z.string(),
});
export type CollabTokenResponse = z.infer<typeof collabTokenResponseSchema>;

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  db: z.enum(['ok', 'down']),
  redis: z.enum(['ok', 'off', 'down']),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

/** Liveness: the process answers (a supervisor restarts it when it does not). */
export const livenessResponseSchema = z.object({ status: z.literal('alive') });
export type LivenessResponse = z.infer<typeof livenessResponseSchema>;

/** Readiness: whether a proxy should send this instance clients (503 while starting, draining or without a database). */
export const readinessResponseSchema = z.object({
  ready: z.boolean(),
  reason: z.enum(['starting', 'draining', 'database down']).optional(),
});
export type ReadinessResponse = z.infer<typeof readinessResponseSchema>;

export const createVersionRequestSchema = z.object({ name: safeText({ min: 1, max: 120 }) });
export type CreateVersionRequest = z.infer<typeof createVersionRequestSchema>;

export const versionNumberParamSchema = z.object({ sectionId: z.string().uuid(), n: pathInt() });
export const compareQuerySchema = z.object({
  from: queryInt(),
  /** A version number; absent means the live document. */
  to: queryInt().optional(),
});

export const versionSummarySchema = z.object({
  number: z.number().int(),
  name: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  contentHash: z.string(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;
export const versionListSchema = z.object({ versions: z.array(versionSummarySchema) });
export const versionDetailSchema = versionSummarySchema.extend({ snapshot: z.record(z.string(), z.unknown()) });

export const goalBankQuerySchema = z.object({
  q: safeText({ max: 200 }).optional(),
  area: z.enum(GOAL_AREAS).optional(),
  locale: localeSchema.default('en'),
});
