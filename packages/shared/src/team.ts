import { z } from 'zod';
import { safeText } from './input';
import { ROLES, type Role } from './roles';

/** Why a change to someone's access was made: the audit log keeps it with who made it. */
export const accessReasonSchema = safeText({ min: 3, max: 500 });

export const changeRoleRequestSchema = z.object({ role: z.enum(ROLES), reason: accessReasonSchema });
export type ChangeRoleRequest = z.infer<typeof changeRoleRequestSchema>;

export const removeMemberRequestSchema = z.object({ reason: accessReasonSchema });
export type RemoveMemberRequest = z.infer<typeof removeMemberRequestSchema>;

/** A custody order or similar: the parent keeps no access to the record from now on. */
export const revokeAuthorityRequestSchema = z.object({ reason: accessReasonSchema });
export type RevokeAuthorityRequest = z.infer<typeof revokeAuthorityRequestSchema>;

export const teamMemberParamsSchema = z.object({ studentId: z.string().uuid(), userId: z.string().uuid() });

/** Sent to `user:<id>` when that person's access to a student changes; `role` null means none left. */
export interface AccessChangedEvent {
  studentId: string;
  role: Role | null;
}
