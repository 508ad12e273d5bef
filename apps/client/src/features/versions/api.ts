import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  versionDetailSchema,
  versionListSchema,
  versionSummarySchema,
  type SectionDiff,
  type VersionSummary,
} from '@iep/shared';
import { requestJson } from '../../api/http';
import { sectionKeys } from '../section/api';

const versionsPath = (sectionId: string): string => `/api/sections/${encodeURIComponent(sectionId)}/versions`;

const sectionDiffSchema = z.custom<SectionDiff>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    Array.isArray((v as { fragments?: unknown }).fragments) &&
    Array.isArray((v as { records?: unknown }).records),
);

export type VersionDetail = z.infer<typeof versionDetailSchema>;

export const versionKeys = {
  list: (sectionId: string) => [...sectionKeys.detail(sectionId), 'versions'] as const,
  detail: (sectionId: string, n: number) => [...sectionKeys.detail(sectionId), 'versions', n] as const,
  compare: (sectionId: string, from: number) =>
    [...sectionKeys.detail(sectionId), 'versions', 'compare', from] as const,
};

export async function fetchVersions(sectionId: string, signal?: AbortSignal): Promise<VersionSummary[]> {
  return (await requestJson(versionsPath(sectionId), versionListSchema, { signal })).versions;
}

export function fetchVersion(sectionId: string, n: number, signal?: AbortSignal): Promise<VersionDetail> {
  return requestJson(`${versionsPath(sectionId)}/${n}`, versionDetailSchema, { signal });
}

/** Changes from version `from` to the live section. */
export function fetchCompare(sectionId: string, from: number, signal?: AbortSignal): Promise<SectionDiff> {
  return requestJson(`${versionsPath(sectionId)}/compare?from=${from}`, sectionDiffSchema, { signal });
}

export function createVersion(sectionId: string, name: string): Promise<VersionSummary> {
  return requestJson(versionsPath(sectionId), versionSummarySchema, { method: 'POST', body: { name } });
}

export function useVersions(sectionId: string, enabled = true) {
  return useQuery({
    queryKey: versionKeys.list(sectionId),
    queryFn: ({ signal }) => fetchVersions(sectionId, signal),
    enabled,
  });
}

export function useVersion(sectionId: string, n: number | null) {
  return useQuery({
    queryKey: versionKeys.detail(sectionId, n ?? 0),
    queryFn: ({ signal }) => fetchVersion(sectionId, n ?? 0, signal),
    enabled: n !== null,
  });
}

export function useCompare(sectionId: string, from: number | null) {
  return useQuery({
    queryKey: versionKeys.compare(sectionId, from ?? 0),
    queryFn: ({ signal }) => fetchCompare(sectionId, from ?? 0, signal),
    enabled: from !== null,
    // The live side changes all the time: always ask again when opened.
    staleTime: 0,
    gcTime: 0,
  });
}

export function useCreateVersion(sectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => createVersion(sectionId, name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: versionKeys.list(sectionId) }),
  });
}
