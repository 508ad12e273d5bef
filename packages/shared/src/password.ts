import { z } from 'zod';

/**
 * The password rule every form and route shares (NIST SP 800-63B style): long enough, not absurdly
 * long, and not one of the commonly used passwords. The length rule is checked here, on both sides;
 * the common-password list is large, so the server checks it (PASSWORD_TOO_WEAK) with `commonPassword`.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: 'password_too_short' })
  .max(PASSWORD_MAX_LENGTH, { message: 'password_too_long' })
  .refine((value) => new Set(value).size > 3, { message: 'password_too_simple' });

/** True when the password, its lower-case form, or the same without trailing digits is in the list. */
export function commonPassword(password: string, common: ReadonlySet<string>): boolean {
  const lower = password.toLowerCase();
  return common.has(password) || common.has(lower) || common.has(lower.replace(/[0-9!.]+$/, ''));
}
