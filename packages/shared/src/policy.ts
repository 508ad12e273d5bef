import type { Role, SectionStatus } from './roles';

/**
 * The one permission policy. HTTP guards, the socket.io gateway and the collaboration endpoint all
 * ask `can`. An actor is a signed-in user seen through their membership of one student's team:
 * `role` is null when they are not on that team, and then nothing is allowed.
 */
export interface Actor {
  userId: string;
  role: Role | null;
}

export type Action =
  | 'student.view'
  | 'section.view'
  | 'section.edit'
  | 'version.create'
  | 'audit.view';

export interface SectionResource {
  status: SectionStatus;
}

/** States in which the document itself may change. Pending sign-off and approved are frozen. */
const EDITABLE_STATES: readonly SectionStatus[] = ['draft', 'family_review', 'meeting'];

/**
 * Who edits the document directly. Parents read it live and shape it through comments and
 * proposals (later issues); staff co-edit.
 */
const EDITOR_ROLES: readonly Role[] = ['ot', 'ota', 'teacher', 'admin'];

export function can(actor: Actor, action: Action, resource?: SectionResource): boolean {
  const role = actor.role;
  if (role === null) return false;
  switch (action) {
    case 'student.view':
    case 'section.view':
      return true;
    case 'section.edit':
      return resource !== undefined && EDITOR_ROLES.includes(role) && EDITABLE_STATES.includes(resource.status);
    case 'version.create':
      // Any staff member may freeze a named version, in every state; parents read versions.
      return role !== 'parent';
    case 'audit.view':
      return role === 'admin' || role === 'ot' || role === 'parent';
    default: {
      const unknownAction: never = action;
      return unknownAction;
    }
  }
}

/** What the UI shows: every action the actor may take on a section. */
export function sectionPermissions(actor: Actor, resource: SectionResource): { view: boolean; edit: boolean } {
  return { view: can(actor, 'section.view', resource), edit: can(actor, 'section.edit', resource) };
}
