import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  dataPointVersionsSchema,
  dataPointViewSchema,
  goalDataSchema,
  type DataPointInput,
  type DataPointView,
} from '@iep/shared';
import { requestJson } from '../../api/http';
import { sectionKeys } from '../section/api';

export const goalDataKeys = {
  all: (sectionId: string) => [...sectionKeys.detail(sectionId), 'goal-data'] as const,
  list: (sectionId: string) => [...goalDataKeys.all(sectionId), 'points'] as const,
  versions: (sectionId: string, id: string) => [...goalDataKeys.all(sectionId), 'versions', id] as const,
};

const section = (sectionId: string): string => `/api/sections/${encodeURIComponent(sectionId)}`;
const point = (id: string): string => `/api/goal-data/${encodeURIComponent(id)}`;

export function useGoalData(sectionId: string) {
  return useQuery({
    queryKey: goalDataKeys.list(sectionId),
    queryFn: async ({ signal }) =>
      (await requestJson(`${section(sectionId)}/goal-data`, goalDataSchema, { signal })).points,
  });
}

export function useDataPointVersions(sectionId: string, id: string, enabled: boolean) {
  return useQuery({
    queryKey: goalDataKeys.versions(sectionId, id),
    enabled,
    queryFn: async ({ signal }) =>
      (await requestJson(`${point(id)}/versions`, dataPointVersionsSchema, { signal })).versions,
  });
}

export type DataPointWrite =
  { kind: 'record'; point: DataPointInput } | { kind: 'correct'; id: string; point: DataPointInput; reason: string };

/** Records or corrects a data point; the goal data is refetched (others' arrive as `goal-data:changed`). */
export function useDataPointWrite(sectionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (write: DataPointWrite): Promise<DataPointView> =>
      write.kind === 'record'
        ? requestJson(`${section(sectionId)}/goal-data`, dataPointViewSchema, { method: 'POST', body: write.point })
        : requestJson(`${point(write.id)}/corrections`, dataPointViewSchema, {
            method: 'POST',
            body: { point: write.point, reason: write.reason },
          }),
    onSettled: () => client.invalidateQueries({ queryKey: goalDataKeys.all(sectionId) }),
  });
}

/** The supervising OT co-signs the version of an OTA's point they read; the goal data is refetched. */
export function useDataPointCosign(sectionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }): Promise<DataPointView> =>
      requestJson(`${point(id)}/cosign`, dataPointViewSchema, { method: 'POST', body: { version } }),
    onSettled: () => client.invalidateQueries({ queryKey: goalDataKeys.all(sectionId) }),
  });
}
