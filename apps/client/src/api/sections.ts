import {
  collabTokenResponseSchema,
  sectionResponseSchema,
  type CollabTokenResponse,
  type SectionResponse,
} from '@iep/shared';
import { requestJson } from './http';

const sectionPath = (sectionId: string): string => `/api/sections/${encodeURIComponent(sectionId)}`;

export function fetchSection(sectionId: string, signal?: AbortSignal): Promise<SectionResponse> {
  return requestJson(sectionPath(sectionId), sectionResponseSchema, { signal });
}

/** A short-lived token for the document socket, and that socket's URL (without the token). */
export function fetchCollabToken(sectionId: string): Promise<CollabTokenResponse> {
  return requestJson(`${sectionPath(sectionId)}/collab-token`, collabTokenResponseSchema, { method: 'POST' });
}
