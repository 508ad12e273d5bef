import { z } from 'zod';
import {
  oidcStatusSchema,
  userSchema,
  type ChangePassword,
  type OidcStatus,
  type PasswordResetConfirm,
  type PasswordResetRequest,
  type UpdateProfile,
  type User,
} from '@iep/shared';
import { requestJson, requestNoContent } from './http';

const userResponseSchema = z.object({ user: userSchema });

export async function updateProfile(changes: UpdateProfile): Promise<User> {
  return (await requestJson('/api/me', userResponseSchema, { method: 'PATCH', body: changes })).user;
}

export function changePassword(input: ChangePassword): Promise<void> {
  return requestNoContent('/api/me/password', { method: 'POST', body: input });
}

export function requestPasswordReset(input: PasswordResetRequest): Promise<void> {
  return requestNoContent('/api/auth/password-reset', { method: 'POST', body: input, notifyUnauthorized: false });
}

export function confirmPasswordReset(input: PasswordResetConfirm): Promise<void> {
  return requestNoContent('/api/auth/password-reset/confirm', { method: 'POST', body: input, notifyUnauthorized: false });
}

export function fetchOidcStatus(signal?: AbortSignal): Promise<OidcStatus> {
  return requestJson('/api/auth/oidc/status', oidcStatusSchema, { notifyUnauthorized: false, signal });
}

/** A full-page navigation: the server redirects to the district's provider. */
export const OIDC_START_PATH = '/api/auth/oidc/start';
