/** A person's role on one student's team. */
export const ROLES = ['parent', 'teacher', 'ot', 'ota', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The OT section's workflow states (the full state machine arrives with the sign-off work). */
export const SECTION_STATUSES = ['draft', 'family_review', 'meeting', 'pending_signoff', 'approved'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export const STAFF_ROLES: readonly Role[] = ['teacher', 'ot', 'ota', 'admin'];

/** The family on a team: they read, comment, propose, write their own parts and consent. */
export const FAMILY_ROLES: readonly Role[] = ['parent'];

/** Whether a role speaks for the family (decisions, notices in their language, the log they see). */
export const isFamily = (role: Role): boolean => FAMILY_ROLES.includes(role);
