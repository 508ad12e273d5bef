import { useQuery } from '@tanstack/react-query';
import {
  loginResponseSchema,
  meResponseSchema,
  oidcStatusSchema,
  type LoginRequest,
  type LoginResponse,
  type OidcStatus,
  type User,
} from '@iep/shared';
import { isApiError, requestJson, requestNoContent } from '../../api/http';
import { applyDeviceSettings } from '../../offline/deviceStorage';

export const authKeys = {
  /** The signed-in user (null: nobody). Kept when signing out clears every other query. */
  me: ['auth', 'me'] as const,
  oidcStatus: ['auth', 'oidc-status'] as const,
};

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

/** The signed-in user, or null when there is no session; follows the district's device settings. */
export async function fetchMe(signal?: AbortSignal): Promise<User | null> {
  try {
    const { user, device } = await requestJson('/api/auth/me', meResponseSchema, {
      notifyUnauthorized: false,
      signal,
    });
    applyDeviceSettings(device);
    return user;
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export function fetchOidcStatus(signal?: AbortSignal): Promise<OidcStatus> {
  return requestJson('/api/auth/oidc/status', oidcStatusSchema, { notifyUnauthorized: false, signal });
}

/** Whether the district's single sign-on is offered (asked once per page load). */
export function useOidcStatus() {
  return useQuery({
    queryKey: authKeys.oidcStatus,
    queryFn: ({ signal }) => fetchOidcStatus(signal),
    staleTime: Infinity,
  });
}

/** A full-page navigation: the server redirects to the district's provider. */
export const OIDC_START_PATH = '/api/auth/oidc/start';
