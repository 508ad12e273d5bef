import type { Role, SectionStatus } from './roles';

/**
 * The OT section's workflow, one state machine for server and client:
 * draft → family review → meeting → pending sign-off → approved, and approved → draft again as an
 * amendment (the approved version stays as it was). Words for users live in the client catalogs
 * under `workflow.status.*` and `workflow.transition.*`.
 */
export const TRANSITION_NAMES = [
  'share_with_family',
  'return_to_draft',
  'start_meeting',
  'request_signoff',
  'reopen_meeting',
  'approve',
  'amend',
] as const;
export type TransitionName = (typeof TRANSITION_NAMES)[number];

export interface TransitionRule {
  name: TransitionName;
  from: SectionStatus;
  to: SectionStatus;
  /** Who may take it. */
  roles: readonly Role[];
  /** Taken by the last required signature, never by asking for it. */
  bySignature?: true;
}

const LEADS: readonly Role[] = ['ot', 'admin'];

export const TRANSITIONS: readonly TransitionRule[] = [
  { name: 'share_with_family', from: 'draft', to: 'family_review', roles: LEADS },
  { name: 'return_to_draft', from: 'family_review', to: 'draft', roles: LEADS },
  { name: 'start_meeting', from: 'draft', to: 'meeting', roles: LEADS },
  { name: 'start_meeting', from: 'family_review', to: 'meeting', roles: LEADS },
  { name: 'return_to_draft', from: 'meeting', to: 'draft', roles: LEADS },
  { name: 'request_signoff', from: 'meeting', to: 'pending_signoff', roles: LEADS },
  { name: 'reopen_meeting', from: 'pending_signoff', to: 'meeting', roles: LEADS },
  { name: 'approve', from: 'pending_signoff', to: 'approved', roles: ['admin'], bySignature: true },
  { name: 'amend', from: 'approved', to: 'draft', roles: LEADS },
];

/** What each state allows. `edit` lists who writes in the document; parents only in their parts. */
export interface StateCapabilities {
  edit: readonly Role[];
  comment: boolean;
  propose: boolean;
  sign: boolean;
}

export const STATE_CAPABILITIES: Readonly<Record<SectionStatus, StateCapabilities>> = {
  draft: { edit: ['ot', 'ota', 'teacher', 'admin', 'parent'], comment: true, propose: true, sign: false },
  family_review: { edit: ['ot', 'ota', 'teacher', 'admin', 'parent'], comment: true, propose: true, sign: false },
  meeting: { edit: ['ot', 'ota', 'teacher', 'admin', 'parent'], comment: true, propose: true, sign: false },
  // Corrections stay possible for the OT and the administrator; any change voids the signatures.
  pending_signoff: { edit: ['ot', 'admin'], comment: true, propose: false, sign: true },
  approved: { edit: [], comment: false, propose: false, sign: false },
};

/** States in which a draft watermark is shown: everything that is not approved. */
export const isFinal = (status: SectionStatus): boolean => status === 'approved';
