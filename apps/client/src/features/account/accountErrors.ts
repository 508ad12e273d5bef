import type { ParseKeys } from 'i18next';
import {
  DISPLAY_NAME_MAX_LENGTH,
  displayNameSchema,
  ErrorCode,
  newPasswordSchema,
  passwordReasonSchema,
  type PasswordReason,
} from '@iep/shared';
import { ApiError, NetworkError } from '../../api/http';

const REASON_KEYS: Record<PasswordReason, ParseKeys> = {
  password_too_short: 'account.password.reasons.password_too_short',
  password_too_long: 'account.password.reasons.password_too_long',
  password_too_simple: 'account.password.reasons.password_too_simple',
  password_common: 'account.password.reasons.password_common',
};

/** The catalog key for a new password that the shared rule refuses, or undefined when it passes. */
export function newPasswordErrorKey(password: string): ParseKeys | undefined {
  const parsed = newPasswordSchema.safeParse(password);
  if (parsed.success) return undefined;
  const reason = passwordReasonSchema.safeParse(parsed.error.issues[0]?.message);
  return REASON_KEYS[reason.success ? reason.data : 'password_too_short'];
}

/** The catalog key for a display name that the shared rule refuses, or undefined when it passes. */
export function displayNameErrorKey(name: string): ParseKeys | undefined {
  const parsed = displayNameSchema.safeParse(name);
  if (parsed.success) return undefined;
  if (name.trim() === '') return 'account.profile.errors.nameRequired';
  return name.trim().length > DISPLAY_NAME_MAX_LENGTH
    ? 'account.profile.errors.nameTooLong'
    : 'account.profile.errors.nameBadCharacter';
}

/** PASSWORD_TOO_WEAK's reason (from the server's common-password check too), as a catalog key. */
function weakPasswordKey(details: unknown): ParseKeys {
  const reason = typeof details === 'object' && details !== null && 'reason' in details ? details.reason : undefined;
  const parsed = passwordReasonSchema.safeParse(reason);
  return REASON_KEYS[parsed.success ? parsed.data : 'password_too_short'];
}

/** Which field an API error belongs to, and the catalog key that explains it. */
export interface ExplainedError {
  field: 'currentPassword' | 'newPassword' | 'form';
  key: ParseKeys;
}

/** Explains a failed account request (profile, password change, reset, reset request). */
export function explainAccountError(error: unknown): ExplainedError {
  if (error instanceof NetworkError) return { field: 'form', key: 'errors.network' };
  if (error instanceof ApiError) {
    switch (error.code) {
      case ErrorCode.WrongPassword:
        return { field: 'currentPassword', key: 'account.password.errors.wrongPassword' };
      case ErrorCode.PasswordTooWeak:
        return { field: 'newPassword', key: weakPasswordKey(error.details) };
      case ErrorCode.TooManyRequests:
        return { field: 'form', key: 'account.errors.tooManyRequests' };
      case ErrorCode.LinkUsed:
        return { field: 'form', key: 'account.reset.errors.linkUsed' };
      case ErrorCode.LinkExpired:
        return { field: 'form', key: 'account.reset.errors.linkExpired' };
      case ErrorCode.NotFound:
        return { field: 'form', key: 'account.reset.errors.linkInvalid' };
      case ErrorCode.ValidationFailed:
        return { field: 'form', key: 'account.errors.validation' };
    }
  }
  return { field: 'form', key: 'account.errors.generic' };
}

/** The sign-in page's message for `?error=` (set by the OpenID Connect callback). */
export function loginQueryErrorKey(code: string | null): ParseKeys | undefined {
  if (code === ErrorCode.OidcFailed) return 'login.oidc.failed';
  if (code === ErrorCode.OidcNotConfigured) return 'login.oidc.notConfigured';
  return undefined;
}
