import { z } from 'zod';
import {
  userSchema,
  type ChangePassword,
  type PasswordResetConfirm,
  type PasswordResetRequest,
  type UpdateProfile,
  type User,
} from '@iep/shared';
import { requestJson, requestNoContent } from '../../api/http';

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
  return requestNoContent('/api/auth/password-reset/confirm', {
    method: 'POST',
    body: input,
    notifyUnauthorized: false,
  });
}
