import { useQuery } from '@tanstack/react-query';
import {
  collabTokenResponseSchema,
  sectionResponseSchema,
  type CollabTokenResponse,
  type SectionResponse,
} from '@iep/shared';
import { requestJson } from '../../api/http';

/**
 * The section's own key is the prefix of everything that belongs to the section (its versions,
 * sign-offs, meetings, proposals): invalidating it refreshes all of them at once.
 */
export const sectionKeys = {
  detail: (sectionId: string) => ['sections', sectionId] as const,
};

const sectionPath = (sectionId: string): string => `/api/sections/${encodeURIComponent(sectionId)}`;

export function fetchSection(sectionId: string, signal?: AbortSignal, fresh = false): Promise<SectionResponse> {
  return requestJson(sectionPath(sectionId), sectionResponseSchema, { signal, fresh });
}

export function useSection(sectionId: string) {
  return useQuery({
    queryKey: sectionKeys.detail(sectionId),
    queryFn: ({ signal }) => fetchSection(sectionId, signal),
    enabled: sectionId !== '',
  });
}

/** A short-lived token for the document socket, and that socket's URL (without the token). */
export function fetchCollabToken(sectionId: string): Promise<CollabTokenResponse> {
  return requestJson(`${sectionPath(sectionId)}/collab-token`, collabTokenResponseSchema, { method: 'POST' });
}
