import { z } from 'zod';
import { loginResponseSchema, userSchema, type LoginRequest, type LoginResponse, type User } from '@iep/shared';
import { isApiError, requestJson, requestNoContent } from './http';

const meResponseSchema = z.object({ user: userSchema });

export function login(credentials: LoginRequest): Promise<LoginResponse> {
  return requestJson('/api/auth/login', loginResponseSchema, {
    method: 'POST',
    body: credentials,
    notifyUnauthorized: false,
  });
}

export function logout(): Promise<void> {
  return requestNoContent('/api/auth/logout', { method: 'POST', notifyUnauthorized: false });
}

/** The signed-in user, or null when there is no session. */
export async function fetchMe(signal?: AbortSignal): Promise<User | null> {
  try {
    const { user } = await requestJson('/api/auth/me', meResponseSchema, { notifyUnauthorized: false, signal });
    return user;
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}
