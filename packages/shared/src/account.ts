import { z } from 'zod';
import { safeText } from './input';
import { PASSWORD_MAX_LENGTH } from './password';
import { localeSchema, loginRequestSchema } from './schemas';

/** A display name: trimmed, 1 to 120 characters. */
export const DISPLAY_NAME_MAX_LENGTH = 120;
export const displayNameSchema = safeText({ min: 1, max: DISPLAY_NAME_MAX_LENGTH });

/** `PATCH /api/me`: change one's display name and/or language; at least one of them. */
export const updateProfileSchema = z
  .strictObject({ name: displayNameSchema.optional(), locale: localeSchema.optional() })
  .refine((v) => v.name !== undefined || v.locale !== undefined, { message: 'nothing_to_change' });
export type UpdateProfile = z.infer<typeof updateProfileSchema>;

/**
 * A new password as the routes accept it: any string up to a hard cap. The strength rule
 * (`newPasswordSchema`, then the common-password list) is applied after, as 400 PASSWORD_TOO_WEAK
 * with the reason, so clients learn why; forms check `newPasswordSchema` before sending.
 */
const incomingNewPassword = safeText({ max: PASSWORD_MAX_LENGTH * 4, trim: false });

/** `POST /api/me/password`. */
export const changePasswordSchema = z.object({
  currentPassword: safeText({ min: 1, max: PASSWORD_MAX_LENGTH, trim: false }),
  newPassword: incomingNewPassword,
});
export type ChangePassword = z.infer<typeof changePasswordSchema>;

/** `POST /api/auth/password-reset`: ask for a reset link. */
export const passwordResetRequestSchema = loginRequestSchema.pick({ email: true });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

/** The token of a reset link: 32 random bytes, base64url. */
export const resetTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

/** `POST /api/auth/password-reset/confirm`. */
export const passwordResetConfirmSchema = z.object({ token: resetTokenSchema, newPassword: incomingNewPassword });
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;

/** `GET /api/auth/oidc/status`: whether "sign in with your district account" is offered. */
export const oidcStatusSchema = z.object({ enabled: z.boolean() });
export type OidcStatus = z.infer<typeof oidcStatusSchema>;

/** The reason codes PASSWORD_TOO_WEAK carries in `details.reason`. */
export const PASSWORD_REASONS = [
  'password_too_short',
  'password_too_long',
  'password_too_simple',
  'password_common',
] as const;
export type PasswordReason = (typeof PASSWORD_REASONS)[number];
export const passwordReasonSchema = z.enum(PASSWORD_REASONS);
