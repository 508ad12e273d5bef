import { z } from 'zod';
import { bodyInt, safeText } from './input';
import { isFamily, type Role } from './roles';
import { roleSchema, sectionStatusSchema } from './schemas';
import { complianceOverridesSchema } from './workflow-schemas';

/**
 * Sign-off of a frozen version: the OT and a parent or guardian in either order, the administrator
 * last. A parent consents, consents in part (naming what they do not consent to) or does not
 * consent (with a reason). Every signature binds to the version's content hash.
 */
export const SIGNER_ROLES = ['ot', 'parent', 'admin'] as const satisfies readonly Role[];
export type SignerRole = (typeof SIGNER_ROLES)[number];

export const SIGNATURE_DECISIONS = ['approve', 'consent', 'consent_in_part', 'no_consent'] as const;
export const signatureDecisionSchema = z.enum(SIGNATURE_DECISIONS);
export type SignatureDecision = z.infer<typeof signatureDecisionSchema>;

export const PARENT_DECISIONS: readonly SignatureDecision[] = ['consent', 'consent_in_part', 'no_consent'];

export const isSignerRole = (role: Role): role is SignerRole => (SIGNER_ROLES as readonly Role[]).includes(role);

/** The decision a role signs with: the OT and the administrator approve, the family chooses. */
export const defaultDecision = (role: Role): SignatureDecision => (isFamily(role) ? 'consent' : 'approve');

/** An item of the section a parent does not consent to: a goal, a service, an accommodation. */
export const excludedItemSchema = z.object({
  ref: safeText({ min: 1, max: 200 }),
  label: safeText({ min: 1, max: 300 }),
});
export type ExcludedItem = z.infer<typeof excludedItemSchema>;

export const signRequestSchema = z
  .object({
    versionNumber: bodyInt(),
    typedName: safeText({ min: 2, max: 120 }),
    decision: signatureDecisionSchema,
    excludedItems: z.array(excludedItemSchema).max(100).optional(),
    reason: safeText({ max: 2000 }).optional(),
    /** The administrator approving while checks fail: a reason per failing check. */
    overrides: complianceOverridesSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'consent_in_part' && (value.excludedItems ?? []).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['excludedItems'],
        message: 'Name at least one item you do not consent to',
      });
    }
    if (value.decision === 'no_consent' && (value.reason ?? '') === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Give a reason' });
    }
  });
export type SignRequest = z.infer<typeof signRequestSchema>;

export const revokeConsentRequestSchema = z.object({ reason: safeText({ min: 1, max: 2000 }) });
export type RevokeConsentRequest = z.infer<typeof revokeConsentRequestSchema>;

/** The signing-relevant part of a signature already given. */
export interface GivenSignature {
  role: Role;
  userId: string;
  voided: boolean;
}

export type SignCheck =
  { ok: true } | { ok: false; reason: 'not_a_signer' | 'wrong_decision' | 'already_signed' | 'out_of_order' };

/** Whether someone in `role` may sign now, given the live signatures on the current version. */
export function checkSignature(
  role: Role,
  userId: string,
  decision: SignatureDecision,
  given: readonly GivenSignature[],
): SignCheck {
  if (!isSignerRole(role)) return { ok: false, reason: 'not_a_signer' };
  const parentDecision = PARENT_DECISIONS.includes(decision);
  if (isFamily(role) !== parentDecision) return { ok: false, reason: 'wrong_decision' };
  const live = given.filter((s) => !s.voided);
  // One parent's signature speaks for the family; the OT and the administrator sign once each.
  if (live.some((s) => s.role === role)) return { ok: false, reason: 'already_signed' };
  if (live.some((s) => s.userId === userId)) return { ok: false, reason: 'already_signed' };
  if (role === 'admin' && !(live.some((s) => s.role === 'ot') && live.some((s) => s.role === 'parent'))) {
    return { ok: false, reason: 'out_of_order' };
  }
  return { ok: true };
}

/** Who still has to sign, in the order the UI lists them. */
export function missingSigners(given: readonly GivenSignature[]): SignerRole[] {
  const live = given.filter((s) => !s.voided);
  return SIGNER_ROLES.filter((role) => !live.some((s) => s.role === role));
}

export const signatureViewSchema = z.object({
  id: z.string(),
  versionNumber: z.number().int(),
  role: roleSchema,
  userId: z.string(),
  userName: z.string(),
  typedName: z.string(),
  decision: signatureDecisionSchema,
  excludedItems: z.array(excludedItemSchema),
  reason: z.string().nullable(),
  contentHash: z.string(),
  signedAt: z.string(),
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
});
export type SignatureView = z.infer<typeof signatureViewSchema>;

export const revocationViewSchema = z.object({
  id: z.string(),
  signatureId: z.string(),
  userName: z.string(),
  reason: z.string(),
  revokedAt: z.string(),
});
export type RevocationView = z.infer<typeof revocationViewSchema>;

export const signoffStateSchema = z.object({
  status: sectionStatusSchema,
  /** The frozen version being signed (pending sign-off) or that was approved; null before. */
  version: z.object({ number: z.number().int(), contentHash: z.string(), createdAt: z.string() }).nullable(),
  signatures: z.array(signatureViewSchema),
  revocations: z.array(revocationViewSchema),
  missing: z.array(z.enum(SIGNER_ROLES)),
});
export type SignoffState = z.infer<typeof signoffStateSchema>;
