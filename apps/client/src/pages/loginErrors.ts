import type { ParseKeys } from 'i18next';
import { ErrorCode, loginRequestSchema, type LoginRequest } from '@iep/shared';
import { ApiError, NetworkError } from '../api/http';

export type LoginField = 'email' | 'password';
export type LoginFieldErrors = Partial<Record<LoginField, ParseKeys>>;

export type LoginValidation = { ok: true; data: LoginRequest } | { ok: false; errors: LoginFieldErrors };

/** Checks the form with the server's own schema; the messages come from the catalog. */
export function validateLogin(values: { email: string; password: string }): LoginValidation {
  const parsed = loginRequestSchema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: LoginFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === 'email' && errors.email === undefined) errors.email = 'login.errors.emailInvalid';
    if (field === 'password' && errors.password === undefined) {
      errors.password = issue.code === 'too_big' ? 'login.errors.passwordTooLong' : 'login.errors.passwordRequired';
    }
  }
  return { ok: false, errors };
}

/** The catalog key that explains a failed sign-in. */
export function loginErrorKey(error: unknown): ParseKeys {
  if (error instanceof NetworkError) return 'errors.network';
  if (error instanceof ApiError) {
    if (error.code === ErrorCode.InvalidCredentials || error.status === 401) return 'login.errors.invalidCredentials';
    if (error.code === ErrorCode.TooManyRequests || error.status === 429) return 'login.errors.tooManyRequests';
    if (error.code === ErrorCode.ValidationFailed || error.status === 400) return 'login.errors.validation';
  }
  return 'login.errors.generic';
}
