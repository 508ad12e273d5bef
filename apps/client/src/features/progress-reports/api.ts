import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  presentLevelsDraftSchema,
  progressReportListSchema,
  progressReportViewSchema,
  progressScheduleViewSchema,
  type CreateProgressReportRequest,
  type PresentLevelsDraft,
  type ProgressReportView,
  type SetProgressScheduleRequest,
  type UpdateProgressReportRequest,
} from '@iep/shared';
import { requestJson } from '../../api/http';
import { sectionKeys } from '../section/api';

export const progressKeys = {
  all: (sectionId: string) => [...sectionKeys.detail(sectionId), 'progress-reports'] as const,
  schedule: (sectionId: string) => [...progressKeys.all(sectionId), 'schedule'] as const,
};

const section = (sectionId: string): string => `/api/sections/${encodeURIComponent(sectionId)}`;
const onePath = (id: string): string => `/api/progress-reports/${encodeURIComponent(id)}`;

/** The printable report, in the family's language. */
export const progressPdfUrl = (id: string): string => `${onePath(id)}.pdf`;

export function useProgressReports(sectionId: string) {
  return useQuery({
    queryKey: progressKeys.all(sectionId),
    queryFn: async ({ signal }) =>
      (await requestJson(`${section(sectionId)}/progress-reports`, progressReportListSchema, { signal })).reports,
  });
}

export function useProgressSchedule(sectionId: string) {
  return useQuery({
    queryKey: progressKeys.schedule(sectionId),
    queryFn: async ({ signal }) =>
      (await requestJson(`${section(sectionId)}/progress-schedule`, progressScheduleViewSchema, { signal })).schedule,
  });
}

export type ProgressAction =
  | { kind: 'draft'; body: CreateProgressReportRequest }
  | { kind: 'update'; id: string; body: UpdateProgressReportRequest }
  | { kind: 'issue'; id: string }
  | { kind: 'acknowledge'; id: string }
  | { kind: 'schedule'; body: SetProgressScheduleRequest };

function send(sectionId: string, action: ProgressAction): Promise<unknown> {
  switch (action.kind) {
    case 'draft':
      return requestJson(`${section(sectionId)}/progress-reports`, progressReportViewSchema, {
        method: 'POST',
        body: action.body,
      });
    case 'update':
      return requestJson(onePath(action.id), progressReportViewSchema, { method: 'PATCH', body: action.body });
    case 'issue':
      return requestJson(`${onePath(action.id)}/issue`, progressReportViewSchema, { method: 'POST', body: {} });
    case 'acknowledge':
      return requestJson(`${onePath(action.id)}/acknowledge`, progressReportViewSchema, { method: 'POST', body: {} });
    case 'schedule':
      return requestJson(`${section(sectionId)}/progress-schedule`, progressScheduleViewSchema, {
        method: 'PUT',
        body: action.body,
      });
  }
}

/** Every progress report action; the reports and the schedule are refetched after each. */
export function useProgressAction(sectionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: ProgressAction) => send(sectionId, action),
    onSettled: () => client.invalidateQueries({ queryKey: progressKeys.all(sectionId) }),
  });
}

export type { ProgressReportView };

/** Present levels drafted from the year's data: the suggestion arrives in the editor over the document socket. */
export function usePresentLevelsDraft(sectionId: string) {
  return useMutation({
    mutationFn: (): Promise<PresentLevelsDraft> =>
      requestJson(`/api/sections/${encodeURIComponent(sectionId)}/present-levels/draft`, presentLevelsDraftSchema, {
        method: 'POST',
      }),
  });
}
