import type { Role, SectionStatus } from './roles';
import { STATE_CAPABILITIES } from './workflow';
import { MEETING_LEADS, MEETING_NOTES_ROOT } from './meeting';

/**
 * The one permission policy. HTTP guards, the socket.io gateway and the collaboration endpoint all
 * ask `can`. An actor is a signed-in user seen through their membership of one student's team:
 * `role` is null when they are not on that team, and then nothing is allowed.
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
  | 'section.transition'
  | 'section.sign'
  | 'dashboard.view'
  | 'meeting.lead'
  // Goal proposals (issue 5)
  | 'proposal.create'
  | 'proposal.endorse'
  | 'proposal.decide'
  // People and plans (issue 10)
  | 'district.manage'
  | 'team.view'
  | 'team.invite'
  | 'team.manage'
  | 'record.export'
  | CommentAction;

export interface SectionResource {
  status: SectionStatus;
  /** A part of the document (a fragment or structured root); absent means the whole section. */
  part?: string;
}

/** The parts a parent writes in: their concerns in their own words, and the home strategies. */
export const PARENT_EDITABLE_PARTS: readonly string[] = ['parentConcerns', 'homeStrategies'];


export function can(actor: Actor, action: Action, resource?: SectionResource | ThreadResource): boolean {
  const role = actor.role;
  // A district administrator runs schools, students, plans and teams without reading the content.
  if (actor.districtAdmin === true && DISTRICT_ADMIN_ACTIONS.includes(action)) return true;
  if (role === null) return false;
  if (isCommentAction(action)) return canComment(role, actor.userId, action, resource);
  switch (action) {
    case 'student.view':
    case 'section.view':
      return true;
    case 'section.edit':
      // Meeting notes are everyone's and sit outside the signed content; only approval closes them.
      if (resource?.part === MEETING_NOTES_ROOT) return resource.status !== 'approved';
      // Who writes in which state is the workflow's table; parents only ever in their own parts.
      if (resource === undefined || !STATE_CAPABILITIES[resource.status].edit.includes(role)) return false;
      if (role !== 'parent') return true;
      return resource.part !== undefined && PARENT_EDITABLE_PARTS.includes(resource.part);
    case 'version.create':
      // Any staff member may freeze a named version, in every state; parents read versions.
      return role !== 'parent';
    case 'audit.view':
      return role === 'admin' || role === 'ot' || role === 'parent';
    case 'section.transition':
      // Which move, from which state, is checkTransition's; here only who leads the workflow at all.
      return role === 'ot' || role === 'admin';
    case 'section.sign':
      return resource !== undefined && STATE_CAPABILITIES[resource.status].sign && (role === 'ot' || role === 'parent' || role === 'admin');
    case 'dashboard.view':
      return role === 'admin' || role === 'ot';
    case 'meeting.lead':
      return MEETING_LEADS.includes(role);
    // --- Goal proposals: anyone on the team proposes and weighs in; the OT (or admin) decides. ---
    case 'proposal.create':
      return resource !== undefined && STATE_CAPABILITIES[resource.status].propose;
    case 'proposal.endorse':
      return resource !== undefined && STATE_CAPABILITIES[resource.status].comment;
    case 'proposal.decide':
      // Accepting writes the goal into the document: only where the decider may edit it.
      return resource !== undefined && (role === 'ot' || role === 'admin') && STATE_CAPABILITIES[resource.status].edit.includes(role);
    // --- People and plans: the OT and the administrator bring people in; the administrator removes. ---
    case 'district.manage':
      return false;
    case 'team.view':
      return true;
    case 'team.invite':
      return role === 'ot' || role === 'admin';
    case 'team.manage':
      return role === 'admin';
    case 'record.export':
      // The family's right to inspect the record (FERPA); the administrator answers such requests.
      return role === 'parent' || role === 'admin';
    default: {
      const unknownAction: never = action;
      return unknownAction;
    }
  }
}

const DISTRICT_ADMIN_ACTIONS: readonly Action[] = ['district.manage', 'team.view', 'team.invite', 'team.manage'];

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

export const COMMENT_ACTIONS = ['thread.view', 'thread.create', 'comment.create', 'thread.resolve', 'comment.edit'] as const;
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
  // A parent never sees, writes in or hears of a staff-only thread.
  const sees = resource.visibility === 'team' || role !== 'parent';
  if (!sees) return false;
  switch (action) {
    case 'thread.view':
      return true;
    case 'thread.create':
    case 'comment.create':
      return commentsOpen(resource.status);
    case 'thread.resolve':
      return commentsOpen(resource.status) && (resource.authorId === userId || role === 'ot' || role === 'admin');
    case 'comment.edit':
      return commentsOpen(resource.status) && resource.authorId === userId;
    default: {
      const unknownAction: never = action;
      return unknownAction;
    }
  }
}
