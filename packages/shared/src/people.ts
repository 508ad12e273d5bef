import { z } from 'zod';
import { emailSchema, safeText } from './input';
import { localeSchema, roleSchema, sectionStatusSchema } from './schemas';
import { isoDateSchema } from './doc';
import { newPasswordSchema } from './password';

/**
 * People and plans (issue 10): what a district administrator sends and reads about schools,
 * students and plans, and the invitations that bring people onto a student's team. The server
 * validates with these at the edge; the client's forms validate with the same schemas.
 */

export const PLAN_KINDS = ['iep', 'plan504'] as const;
export const planKindSchema = z.enum(PLAN_KINDS);
export type PlanKind = z.infer<typeof planKindSchema>;

const nameText = (max: number) => safeText({ min: 1, max, messages: { min: 'required', max: 'too_long' } });

// --- Districts and schools ---------------------------------------------------------------------

export const districtSchema = z.object({ id: z.string().uuid(), name: z.string() });
export type District = z.infer<typeof districtSchema>;
export const myDistrictsSchema = z.object({ districts: z.array(districtSchema) });
export type MyDistricts = z.infer<typeof myDistrictsSchema>;

export const schoolInputSchema = z.object({ name: nameText(120) });
export type SchoolInput = z.infer<typeof schoolInputSchema>;

export const adminSchoolSchema = z.object({
  id: z.string().uuid(),
  districtId: z.string().uuid(),
  name: z.string(),
  studentCount: z.number().int(),
});
export type AdminSchool = z.infer<typeof adminSchoolSchema>;
export const adminSchoolListSchema = z.object({ schools: z.array(adminSchoolSchema) });

// --- Students ----------------------------------------------------------------------------------

export const studentInputSchema = z.object({
  firstName: nameText(80),
  lastName: nameText(80),
  dateOfBirth: isoDateSchema.refine((value) => value <= new Date().toISOString().slice(0, 10), {
    message: 'date_in_future',
  }),
  schoolId: z.string().uuid({ message: 'required' }),
  grade: nameText(20),
  /** The family's preferred language, for notices they can understand. */
  preferredLanguage: localeSchema,
});
export type StudentInput = z.infer<typeof studentInputSchema>;

export const studentUpdateSchema = studentInputSchema
  .partial()
  .refine((value) => Object.values(value).some((v) => v !== undefined), { message: 'nothing_to_change' });
export type StudentUpdate = z.infer<typeof studentUpdateSchema>;

export const adminPlanSchema = z.object({
  id: z.string().uuid(),
  kind: planKindSchema,
  meetingDate: z.string().nullable(),
  annualReviewDate: z.string().nullable(),
  otSectionId: z.string().uuid().nullable(),
  otSectionStatus: sectionStatusSchema.nullable(),
});
export type AdminPlan = z.infer<typeof adminPlanSchema>;

export const adminStudentSchema = z.object({
  id: z.string().uuid(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  grade: z.string(),
  preferredLanguage: localeSchema,
  schoolId: z.string().uuid(),
  schoolName: z.string(),
  districtId: z.string().uuid(),
  plans: z.array(adminPlanSchema),
});
export type AdminStudent = z.infer<typeof adminStudentSchema>;
export const adminStudentListSchema = z.object({ students: z.array(adminStudentSchema) });

// --- Plans -------------------------------------------------------------------------------------

export const planInputSchema = z.object({
  kind: planKindSchema,
  meetingDate: isoDateSchema.nullable().default(null),
  annualReviewDate: isoDateSchema.nullable().default(null),
});
export type PlanInput = z.input<typeof planInputSchema>;

export const planUpdateSchema = z
  .object({ kind: planKindSchema, meetingDate: isoDateSchema.nullable(), annualReviewDate: isoDateSchema.nullable() })
  .partial()
  .refine((value) => Object.values(value).some((v) => v !== undefined), { message: 'nothing_to_change' });
export type PlanUpdate = z.infer<typeof planUpdateSchema>;

// --- Teams and invitations ---------------------------------------------------------------------

export const INVITATION_STATUSES = ['pending', 'accepted', 'revoked', 'expired'] as const;
export const invitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

export const createInvitationSchema = z.object({
  email: emailSchema('email_invalid'),
  role: roleSchema,
});
export type CreateInvitation = z.infer<typeof createInvitationSchema>;

export const invitationSchema = z.object({
  id: z.string().uuid(),
  studentId: z.string().uuid(),
  email: z.string(),
  role: roleSchema,
  status: invitationStatusSchema,
  invitedBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type InvitationDto = z.infer<typeof invitationSchema>;
export const invitationListSchema = z.object({ invitations: z.array(invitationSchema) });

/** The create answer carries the link once: only its hash is stored, so it is never shown again. */
export const createdInvitationSchema = z.object({
  invitation: invitationSchema,
  link: z.string(),
  mailed: z.boolean(),
});
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

export const invitationTokenSchema = z
  .string()
  .trim()
  .min(20)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/);

/** What the invitee sees before accepting (public: anyone holding the link). */
export const invitationPreviewSchema = z.object({
  inviterName: z.string(),
  studentFirstName: z.string(),
  role: roleSchema,
  email: z.string(),
  hasAccount: z.boolean(),
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const acceptInvitationSchema = z.object({
  token: invitationTokenSchema,
  /** For a new account: the name to show to the team. */
  name: nameText(120).optional(),
  /** For a new account, the password to set; for an existing one, its password (or be signed in). */
  password: safeText({ min: 1, max: 200, trim: false }).optional(),
  /** For a new account: the language the invitee reads the app in. */
  locale: localeSchema.optional(),
});
export type AcceptInvitation = z.infer<typeof acceptInvitationSchema>;

/** The new-account part of accepting, as the client's form checks it (the server adds the common-password list). */
export const newAccountSchema = z.object({ name: nameText(120), password: newPasswordSchema });

export const acceptedInvitationSchema = z.object({ studentId: z.string().uuid(), userId: z.string().uuid() });
export type AcceptedInvitation = z.infer<typeof acceptedInvitationSchema>;

export const teamMemberSchema = z.object({
  userId: z.string().uuid(),
  name: z.string(),
  /** Shown only to those who may invite (staff addresses are not handed to every member). */
  email: z.string().nullable(),
  role: roleSchema,
  joinedAt: z.string(),
  authorityRevokedAt: z.string().nullable(),
});
export type TeamMemberDto = z.infer<typeof teamMemberSchema>;

/** The team panel: the student, the members, the invitations and what the caller may do. */
export const teamPanelSchema = z.object({
  student: z.object({ id: z.string().uuid(), firstName: z.string(), lastName: z.string() }),
  members: z.array(teamMemberSchema),
  invitations: z.array(invitationSchema),
  canInvite: z.boolean(),
  canManage: z.boolean(),
});
export type TeamPanel = z.infer<typeof teamPanelSchema>;

/** Path parameters of the people-and-plans routes. */
export const peopleParams = {
  district: z.object({ districtId: z.string().uuid() }),
  school: z.object({ schoolId: z.string().uuid() }),
  student: z.object({ studentId: z.string().uuid() }),
  plan: z.object({ planId: z.string().uuid() }),
  invitation: z.object({ id: z.string().uuid() }),
  token: z.object({ token: invitationTokenSchema }),
} as const;
