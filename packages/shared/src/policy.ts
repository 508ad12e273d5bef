import { FAMILY_ROLES, STAFF_ROLES, type Role, type SectionStatus } from './roles';
import { STATE_CAPABILITIES, TRANSITIONS, type TransitionRule } from './workflow';
import { MEETING_LEADS, MEETING_NOTES_ROOT } from './meeting';
import { SIGNER_ROLES } from './signoff';
import { SUGGESTION_PART_KINDS } from './doc/suggestion-parts';

/**
 * The one permission policy. HTTP guards, the socket.io gateway and the collaboration endpoint all
 * ask `can`, and the client reads the answers as abilities (`sectionAbilities`), never by role. An
 * actor is a signed-in user seen through their membership of one student's team: `role` is null
 * when they are not on that team, and then nothing is allowed. Who may do what is data below
 * (`ROLE_GRANTS`, the workflow's `TRANSITIONS` and `STATE_CAPABILITIES`), read only here.
 */
export interface Actor {
  userId: string;
  role: Role | null;
  /** An administrator of the student's district (issue 10): manages people and plans, not content. */
  districtAdmin?: boolean;
}

export type Action =
  | 'student.view'
  | 'section.view'
  | 'section.edit'
  | 'version.create'
  | 'audit.view'
  /** The access log with its details and filters (staff who answer for the record). */
  | 'audit.detail'
  /** A workflow move: with `to`, that move from `status`; without it, whether the actor leads the workflow at all. */
  | 'section.transition'
  | 'section.sign'
  /** The signature that approves (and locks) the section. */
  | 'section.approve'
  /** A parent withdraws the consent they signed. */
  | 'consent.revoke'
  /** The family answers a draft shared with them. */
  | 'family.respond'
  | 'dashboard.view'
  /** Runs meetings: schedules, starts, facilitates ("now discussing"), orders the agenda, ends. */
  | 'meeting.lead'
  /** Gives the written consent that excuses a team member from a meeting (34 CFR 300.321(e)). */
  | 'excusal.consent'
  /** Joins the section's staff room: hears staff-only threads and their events. */
  | 'staff.room'
  // Goal proposals (issue 5)
  | 'proposal.create'
  | 'proposal.endorse'
  | 'proposal.decide'
  // People and plans (issue 10)
  | 'district.manage'
  /** The district's mail outbox (one-time links never readable). */
  | 'mail.read'
  | 'team.view'
  | 'team.invite'
  | 'team.manage'
  | 'record.export'
  // Suggestion mode (issue 18)
  /** Suggests insertions and deletions in a rich-text part (`part`), marked with the author. */
  | 'suggestion.create'
  /** Accepts or rejects anyone's suggestions. */
  | 'suggestion.decide'
  /** Withdraws a suggestion: only its author (`authorId`). */
  | 'suggestion.withdraw'
  // Prior Written Notice (issue 19)
  /** Reads the issued notices of the student's section. */
  | 'notice.view'
  /** Sees the drafts of notices before they are issued. */
  | 'notice.drafts'
  /** Writes a draft notice (by hand, or edits one an event made). */
  | 'notice.edit'
  /** Issues a draft to the family: it is sent in their language and never changes again. */
  | 'notice.issue'
  /** The family acknowledges receiving an issued notice. */
  | 'notice.acknowledge'
  // Service log (issue 22)
  /** Reads the section's service log and the minutes delivered against the plan. */
  | 'service.view'
  /** Reads every note of the log, shared with the family or not (the providers and the administrator). */
  | 'service.unsharedNotes'
  /** Records a session, or corrects an entry: only against an approved section. */
  | 'service.log'
  // Goal data (issue 22)
  /** Reads the data points and charts of the section's goals. */
  | 'goalData.view'
  /** Records a data point, or corrects one: only against an approved section. */
  | 'goalData.record'
  /** Co-signs an OTA's entry as the supervising OT: only against an approved section. */
  | 'service.cosign'
  /** The caseload dashboard: minutes required against delivered across one's students. */
  | 'caseload.view'
  /** Records, reads and revokes the family's consent to bill public benefits (34 CFR 300.154(d)). */
  | 'billing.consent'
  /** Exports delivered sessions for school-based Medicaid billing. */
  | 'billing.export'
  // Progress reports (issue 22)
  /** Reads the issued progress reports of the section (drafts are the writer's). */
  | 'progress.view'
  /** Drafts, edits and issues progress reports and sets the reporting schedule: approved sections only. */
  | 'progress.write'
  /** The family acknowledges receiving an issued progress report. */
  | 'progress.acknowledge'
  /** Drafts the present levels from the year's data, as the OT's suggestion: where they may suggest in them. */
  | 'presentLevels.draft'
  | CommentAction;

export interface SectionResource {
  status: SectionStatus;
  /** A part of the document (a fragment or structured root); absent means the whole section. */
  part?: string;
}

/** A suggestion asked about: whose it is. */
export interface SuggestionResource extends SectionResource {
  authorId: string;
}

/** A workflow move asked about: from `status` to `to`. */
export interface TransitionResource extends SectionResource {
  to: SectionStatus;
}

/** The parts a parent writes in: their concerns in their own words, and the home strategies. */
export const PARENT_EDITABLE_PARTS: readonly string[] = ['parentConcerns', 'homeStrategies'];

/**
 * Who records sessions in the service log: the OT, and the OTA on the student's team, whose entries
 * count as delivered only once the supervising OT co-signed them (`SERVICE_SUPERVISORS`).
 */
export const SERVICE_LOGGERS: readonly Role[] = ['ot', 'ota'];

/**
 * Who supervises an OTA's sessions and co-signs them: an OT on the same student's team. The
 * supervision link is the team itself (the student's OT supervises the student's OTA), so no
 * separate table has to be kept in step with team changes.
 */
export const SERVICE_SUPERVISORS: readonly Role[] = ['ot'];

/**
 * An entry (a session, or a goal data point: `records`) waits for a co-signature when its recorder
 * records it but supervises nobody (an OTA).
 */
export function needsCosignature(
  actor: Actor,
  resource: SectionResource,
  records: 'service.log' | 'goalData.record' = 'service.log',
): boolean {
  return can(actor, records, resource) && !can(actor, 'service.cosign', resource);
}

/** Who reads a session note the OT did not share: those who deliver the service, and the administrator. */
export const NOTE_READERS: readonly Role[] = ['ot', 'ota', 'admin'];

/** Who records goal data: the OT and the OTA who works with the student under the OT's supervision. */
export const GOAL_DATA_RECORDERS: readonly Role[] = ['ot', 'ota'];

/** Who writes and issues Prior Written Notices: the OT and the administrator (the LEA's representative). */
export const NOTICE_WRITERS: readonly Role[] = ['ot', 'admin'];

/** Who writes progress reports to the family: the OT, who owns the goals and their data. */
export const PROGRESS_WRITERS: readonly Role[] = ['ot'];

const WORKFLOW_LEADS: readonly Role[] = [...new Set(TRANSITIONS.filter((t) => !t.bySignature).flatMap((t) => t.roles))];

/** The actions decided by role alone (the state may narrow them further in `can`). */
type RoleGrantedAction = Exclude<
  Action,
  | 'student.view'
  | 'section.view'
  | 'section.edit'
  | 'section.transition'
  | 'section.approve'
  | 'proposal.create'
  | 'proposal.endorse'
  | 'district.manage'
  | 'mail.read'
  | 'team.view'
  | 'suggestion.create'
  | 'suggestion.withdraw'
  | 'service.log'
  | 'goalData.record'
  | 'service.cosign'
  | 'progress.write'
  | 'presentLevels.draft'
  | CommentAction
>;

/** Who may do what, as data. */
export const ROLE_GRANTS: { readonly [A in RoleGrantedAction]: readonly Role[] } = {
  'version.create': STAFF_ROLES,
  'audit.view': ['admin', 'ot', ...FAMILY_ROLES],
  'audit.detail': ['admin', 'ot'],
  'section.sign': SIGNER_ROLES,
  'consent.revoke': FAMILY_ROLES,
  'family.respond': FAMILY_ROLES,
  'dashboard.view': ['admin', 'ot'],
  'meeting.lead': MEETING_LEADS,
  'excusal.consent': FAMILY_ROLES,
  'staff.room': STAFF_ROLES,
  'proposal.decide': WORKFLOW_LEADS,
  'team.invite': WORKFLOW_LEADS,
  'team.manage': ['admin'],
  'suggestion.decide': WORKFLOW_LEADS,
  // The family's right to inspect the record (FERPA); the administrator answers such requests.
  'record.export': [...FAMILY_ROLES, 'admin'],
  'notice.view': [...STAFF_ROLES, ...FAMILY_ROLES],
  'notice.drafts': STAFF_ROLES,
  'notice.edit': NOTICE_WRITERS,
  'notice.issue': NOTICE_WRITERS,
  'notice.acknowledge': FAMILY_ROLES,
  'service.view': [...STAFF_ROLES, ...FAMILY_ROLES],
  // A teacher, like the family, reads the notes the OT chose to share.
  'service.unsharedNotes': NOTE_READERS,
  'goalData.view': [...STAFF_ROLES, ...FAMILY_ROLES],
  // Numbers and billing across the caseload: the OT for their students, the administrator for the team.
  'caseload.view': ['ot', 'admin'],
  'billing.consent': ['ot', 'admin'],
  'billing.export': ['ot', 'admin'],
  'progress.view': [...STAFF_ROLES, ...FAMILY_ROLES],
  'progress.acknowledge': FAMILY_ROLES,
};

/** What a district administrator does without being on the team: people and plans, not content. */
const DISTRICT_ADMIN_ACTIONS: readonly Action[] = [
  'district.manage',
  'mail.read',
  'team.view',
  'team.invite',
  'team.manage',
  // The district's caseload figures and its Medicaid billing, for every student of its schools.
  'caseload.view',
  'billing.consent',
  'billing.export',
];

const granted = (action: RoleGrantedAction, role: Role): boolean => ROLE_GRANTS[action].includes(role);

export function can(
  actor: Actor,
  action: Action,
  resource?: SectionResource | TransitionResource | ThreadResource | SuggestionResource,
): boolean {
  const role = actor.role;
  if (actor.districtAdmin === true && DISTRICT_ADMIN_ACTIONS.includes(action)) return true;
  if (role === null) return false;
  if (isCommentAction(action)) return canComment(role, actor.userId, action, resource);
  const state = resource === undefined ? undefined : STATE_CAPABILITIES[resource.status];
  switch (action) {
    case 'student.view':
    case 'section.view':
    case 'team.view':
      return true;
    case 'section.edit':
      // Meeting notes are everyone's and sit outside the signed content; only approval closes them.
      if (resource?.part === MEETING_NOTES_ROOT) return resource.status !== 'approved';
      // Who writes in which state is the workflow's table; the family only ever in their own parts.
      if (state === undefined || !state.edit.includes(role)) return false;
      if (!FAMILY_ROLES.includes(role)) return true;
      return resource?.part !== undefined && PARENT_EDITABLE_PARTS.includes(resource.part);
    case 'version.create':
      // A named version is saved where the saver may change the section (not once it is locked).
      return granted(action, role) && state !== undefined && state.edit.includes(role);
    case 'section.transition': {
      if (resource === undefined || !('to' in resource)) return WORKFLOW_LEADS.includes(role);
      const rule = TRANSITIONS.find((t) => t.from === resource.status && t.to === resource.to);
      return rule !== undefined && rule.bySignature !== true && rule.roles.includes(role);
    }
    case 'service.log':
      // Sessions are delivered against the approved plan only.
      return resource?.status === 'approved' && SERVICE_LOGGERS.includes(role);
    case 'goalData.record':
      // Data is taken against the approved plan's goals only.
      return resource?.status === 'approved' && GOAL_DATA_RECORDERS.includes(role);
    case 'service.cosign':
      return resource?.status === 'approved' && SERVICE_SUPERVISORS.includes(role);
    case 'progress.write':
      // Progress is reported on the approved plan's goals only.
      return resource?.status === 'approved' && PROGRESS_WRITERS.includes(role);
    case 'presentLevels.draft':
      return (
        PROGRESS_WRITERS.includes(role) &&
        resource !== undefined &&
        can(actor, 'suggestion.create', { status: resource.status, part: 'presentLevels' })
      );
    case 'section.approve':
      return TRANSITIONS.some((t) => t.bySignature === true && t.from === resource?.status && t.roles.includes(role));
    case 'section.sign':
      return state !== undefined && state.sign && granted(action, role);
    case 'consent.revoke':
      return granted(action, role);
    case 'family.respond':
      return resource?.status === 'family_review' && granted(action, role);
    case 'proposal.create':
      return state !== undefined && state.propose;
    case 'proposal.endorse':
      return state !== undefined && state.comment;
    case 'proposal.decide':
      // Accepting writes the goal into the document: only where the decider may edit it.
      return state !== undefined && granted(action, role) && state.edit.includes(role);
    case 'suggestion.create':
      // In every rich-text part, by everyone who writes in the document while it is still open for
      // proposals (not once it is frozen for sign-off): parents too, beyond their own two parts.
      return (
        state !== undefined &&
        state.propose &&
        state.edit.includes(role) &&
        resource?.part !== undefined &&
        SUGGESTION_PART_KINDS.includes(resource.part)
      );
    case 'suggestion.decide':
      // Deciding writes into the document: only where the decider may edit it.
      return state !== undefined && granted(action, role) && state.edit.includes(role);
    case 'suggestion.withdraw':
      return (
        state !== undefined &&
        state.edit.includes(role) &&
        resource !== undefined &&
        'authorId' in resource &&
        resource.authorId === actor.userId
      );
    case 'district.manage':
    case 'mail.read':
      return false;
    case 'audit.view':
    case 'audit.detail':
    case 'dashboard.view':
    case 'meeting.lead':
    case 'excusal.consent':
    case 'staff.room':
    case 'team.invite':
    case 'team.manage':
    case 'record.export':
    case 'notice.view':
    case 'notice.drafts':
    case 'notice.edit':
    case 'notice.issue':
    case 'notice.acknowledge':
    case 'service.view':
    case 'service.unsharedNotes':
    case 'goalData.view':
    case 'caseload.view':
    case 'billing.consent':
    case 'billing.export':
    case 'progress.view':
    case 'progress.acknowledge':
      return granted(action, role);
    default: {
      const unknownAction: never = action;
      return unknownAction;
    }
  }
}

export type TransitionCheck =
  | { ok: true; rule: TransitionRule }
  | { ok: false; reason: 'no_such_transition' | 'role_not_allowed' | 'by_signature_only' };

/** Whether `actor` may move a section from `from` to `to` (the policy's answer), and if not, why. */
export function checkTransition(actor: Actor, from: SectionStatus, to: SectionStatus): TransitionCheck {
  const rule = TRANSITIONS.find((t) => t.from === from && t.to === to);
  if (!rule) return { ok: false, reason: 'no_such_transition' };
  if (can(actor, 'section.transition', { status: from, to })) return { ok: true, rule };
  return { ok: false, reason: rule.bySignature ? 'by_signature_only' : 'role_not_allowed' };
}

/** The transitions `actor` could take now, for buttons. */
export function availableTransitions(actor: Actor, from: SectionStatus): TransitionRule[] {
  return TRANSITIONS.filter((t) => t.from === from && can(actor, 'section.transition', { status: from, to: t.to }));
}

/** What the UI shows: may view, may edit the whole section, and which parts may be edited. */
export function sectionPermissions(
  actor: Actor,
  resource: SectionResource,
  parts: readonly string[],
): { view: boolean; edit: boolean; editParts: string[] } {
  return {
    view: can(actor, 'section.view', resource),
    edit: can(actor, 'section.edit', { status: resource.status }),
    editParts: parts.filter((part) => can(actor, 'section.edit', { status: resource.status, part })),
  };
}

// --- Comment threads (issue 4) ------------------------------------------------------------------

/** Who sees a thread: the whole team with the family, or staff only (never a parent). */
export const THREAD_VISIBILITIES = ['team', 'staff'] as const;
export type ThreadVisibility = (typeof THREAD_VISIBILITIES)[number];

export const COMMENT_ACTIONS = [
  'thread.view',
  'thread.create',
  'comment.create',
  'thread.resolve',
  'comment.edit',
] as const;
export type CommentAction = (typeof COMMENT_ACTIONS)[number];

/** A thread (or the thread a comment is in) as the policy sees it. */
export interface ThreadResource extends SectionResource {
  visibility: ThreadVisibility;
  /** The thread's author for `thread.resolve`; the comment's author for `comment.edit`. */
  authorId?: string;
}

/** Comments are taken in every state but approved (locked). */
export function commentsOpen(status: SectionStatus): boolean {
  return status !== 'approved';
}

function isCommentAction(action: Action): action is CommentAction {
  return (COMMENT_ACTIONS as readonly string[]).includes(action);
}

function isThreadResource(resource: SectionResource | undefined): resource is ThreadResource {
  return resource !== undefined && 'visibility' in resource;
}

function canComment(role: Role, userId: string, action: CommentAction, resource: SectionResource | undefined): boolean {
  if (!isThreadResource(resource)) return false;
  // The family never sees, writes in or hears of a staff-only thread.
  const sees = resource.visibility === 'team' || ROLE_GRANTS['staff.room'].includes(role);
  if (!sees) return false;
  switch (action) {
    case 'thread.view':
      return true;
    case 'thread.create':
    case 'comment.create':
      return commentsOpen(resource.status);
    case 'thread.resolve':
      return commentsOpen(resource.status) && (resource.authorId === userId || WORKFLOW_LEADS.includes(role));
    case 'comment.edit':
      return commentsOpen(resource.status) && resource.authorId === userId;
    default: {
      const unknownAction: never = action;
      return unknownAction;
    }
  }
}
