import type { ParseKeys } from 'i18next';
import type { z } from 'zod';
import { DATE_ISSUES, ErrorCode, TEXT_ISSUES } from '@iep/shared';
import { ApiError, NetworkError } from '../../api/http';

/** The messages the shared people schemas give their issues, and what the catalog calls them. */
const MESSAGE_KEYS: Record<string, ParseKeys> = {
  required: 'people.fieldErrors.required',
  too_long: 'people.fieldErrors.tooLong',
  date_in_future: 'people.fieldErrors.dateInFuture',
  'expected YYYY-MM-DD': 'people.fieldErrors.date',
  'no such date': 'people.fieldErrors.date',
  [DATE_ISSUES.outOfRange]: 'people.fieldErrors.dateOutOfRange',
  [TEXT_ISSUES.nul]: 'people.fieldErrors.badCharacter',
  [TEXT_ISSUES.loneSurrogate]: 'people.fieldErrors.badCharacter',
  email_invalid: 'people.fieldErrors.email',
  nothing_to_change: 'people.fieldErrors.nothingToChange',
  password_too_short: 'people.fieldErrors.passwordTooShort',
  password_too_long: 'people.fieldErrors.passwordTooLong',
  password_too_simple: 'people.fieldErrors.passwordTooSimple',
  password_common: 'people.fieldErrors.passwordCommon',
};

export type FieldErrors = Record<string, ParseKeys>;

/** Validates a form with the server's own schema: the parsed value, or a catalog key per field. */
export function validateForm<S extends z.ZodType>(
  schema: S,
  values: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= MESSAGE_KEYS[issue.message] ?? 'people.fieldErrors.invalid';
  }
  return { ok: false, errors };
}

const CODE_KEYS: Partial<Record<string, ParseKeys>> = {
  [ErrorCode.AlreadyOnTeam]: 'people.errors.alreadyOnTeam',
  [ErrorCode.LinkExpired]: 'people.errors.linkExpired',
  [ErrorCode.LinkUsed]: 'people.errors.linkUsed',
  [ErrorCode.LinkRevoked]: 'people.errors.linkRevoked',
  [ErrorCode.PasswordTooWeak]: 'people.errors.passwordTooWeak',
  [ErrorCode.InUse]: 'people.errors.inUse',
  [ErrorCode.InvalidCredentials]: 'people.errors.invalidCredentials',
  [ErrorCode.TooManyRequests]: 'people.errors.tooManyRequests',
  [ErrorCode.ValidationFailed]: 'people.errors.validation',
  [ErrorCode.Forbidden]: 'people.errors.forbidden',
  [ErrorCode.NotFound]: 'people.errors.notFound',
  [ErrorCode.Conflict]: 'people.errors.conflict',
  [ErrorCode.LastLeader]: 'people.errors.lastLeader',
};

/** The catalog key that explains a failed people-and-plans request. */
export function peopleErrorKey(error: unknown): ParseKeys {
  if (error instanceof NetworkError) return 'errors.network';
  if (error instanceof ApiError) {
    if (error.code === ErrorCode.PasswordTooWeak) {
      const reason =
        typeof error.details === 'object' && error.details !== null && 'reason' in error.details
          ? String(error.details.reason)
          : '';
      return MESSAGE_KEYS[reason] ?? 'people.errors.passwordTooWeak';
    }
    return CODE_KEYS[error.code] ?? 'errors.generic';
  }
  return 'errors.generic';
}
