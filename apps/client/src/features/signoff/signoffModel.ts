import {
  can,
  checkSignature,
  defaultDecision,
  isFamily,
  signRequestSchema,
  type AccommodationRecord,
  type ExcludedItem,
  type GivenSignature,
  type GoalRecord,
  type Role,
  type SectionStructure,
  type ServiceRecord,
  type SignatureDecision,
  type SignatureView,
  type SignoffState,
  type SignRequest,
} from '@iep/shared';

/** How the items a parent may leave out are put into words (the catalogs, in the component). */
export interface ItemWords {
  goal: (number: number, goal: GoalRecord) => string;
  service: (number: number, service: ServiceRecord) => string;
  accommodation: (number: number, item: AccommodationRecord) => string;
}

const MAX_LABEL = 300;
const clip = (label: string): string => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

/** The goals, services and accommodations a parent can name when consenting in part, in section order. */
export function excludableItems(structure: SectionStructure, words: ItemWords): ExcludedItem[] {
  return [
    ...structure.goals.map((g, i) => ({ ref: `goals/${g.id}`, label: clip(words.goal(i + 1, g)) })),
    ...structure.services.map((s, i) => ({ ref: `services/${s.id}`, label: clip(words.service(i + 1, s)) })),
    ...structure.accommodations.map((a, i) => ({
      ref: `accommodations/${a.id}`,
      label: clip(words.accommodation(i + 1, a)),
    })),
  ];
}

export interface SignForm {
  versionNumber: number;
  role: Role;
  typedName: string;
  decision: SignatureDecision;
  /** Refs of the items ticked as not consented to (consent in part). */
  excludedRefs: readonly string[];
  reason: string;
}

export type SignFormField = 'typedName' | 'excludedItems' | 'reason' | 'form';

export type SignFormResult =
  { ok: true; request: SignRequest } | { ok: false; errors: Partial<Record<SignFormField, true>> };

/**
 * The request the form stands for, checked with the shared schema: only what the decision needs
 * is sent (a consent names no exclusions; a reason goes with "in part" or "no consent").
 */
export function buildSignRequest(form: SignForm, items: readonly ExcludedItem[]): SignFormResult {
  const decision = isFamily(form.role) ? form.decision : defaultDecision(form.role);
  const reason = form.reason.trim();
  const excluded = decision === 'consent_in_part' ? items.filter((item) => form.excludedRefs.includes(item.ref)) : [];
  const candidate = {
    versionNumber: form.versionNumber,
    typedName: form.typedName.trim(),
    decision,
    ...(decision === 'consent_in_part' ? { excludedItems: excluded } : {}),
    ...((decision === 'consent_in_part' || decision === 'no_consent') && reason !== '' ? { reason } : {}),
  };
  const parsed = signRequestSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, request: parsed.data };
  const errors: Partial<Record<SignFormField, true>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    errors[field === 'typedName' || field === 'excludedItems' || field === 'reason' ? field : 'form'] = true;
  }
  return { ok: false, errors };
}

/** Signatures on the version being signed now (older versions' signatures are history). */
export function currentSignatures(state: SignoffState): SignatureView[] {
  const version = state.version;
  return version === null ? [] : state.signatures.filter((s) => s.versionNumber === version.number);
}

/** Whether the reader (by account id) may sign now, by the shared rule the server applies. */
export function canSignNow(state: SignoffState, role: Role, myId: string): boolean {
  if (state.status !== 'pending_signoff' || state.version === null) return false;
  const given: GivenSignature[] = currentSignatures(state).map((s) => ({
    role: s.role,
    userId: s.userId,
    voided: s.voidedAt !== null,
  }));
  return checkSignature(role, myId, defaultDecision(role), given).ok;
}

/** The reader's own live consent on an approved section, which they may revoke; null if none. */
export function revocableConsent(state: SignoffState, mayRevoke: boolean, myId: string): SignatureView | null {
  if (state.status !== 'approved' || !mayRevoke) return null;
  const revoked = new Set(state.revocations.map((r) => r.signatureId));
  return (
    currentSignatures(state).find(
      (s) =>
        isFamily(s.role) &&
        s.userId === myId &&
        s.voidedAt === null &&
        !revoked.has(s.id) &&
        (s.decision === 'consent' || s.decision === 'consent_in_part'),
    ) ?? null
  );
}

/** The approval time: the administrator's live signature on the approved version. */
export function approvedAt(state: SignoffState): string | null {
  if (state.status !== 'approved') return null;
  // The approving signature is the one by a role whose signature approves (the policy's data).
  const admin = currentSignatures(state).find(
    (s) =>
      can({ userId: s.userId, role: s.role }, 'section.approve', { status: 'pending_signoff' }) && s.voidedAt === null,
  );
  return admin?.signedAt ?? state.version?.createdAt ?? null;
}

/** A content hash shortened for reading; the full value stays available next to it. */
export const shortHash = (hash: string): string => (hash.length > 12 ? hash.slice(0, 12) : hash);
