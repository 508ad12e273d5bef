import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { noticeListSchema, noticeViewSchema, type NoticeView, type UpdateNoticeRequest } from '@iep/shared';
import { requestJson } from '../../api/http';
import { sectionKeys } from '../section/api';

export const noticeKeys = {
  list: (sectionId: string) => [...sectionKeys.detail(sectionId), 'notices'] as const,
};

const listPath = (sectionId: string): string => `/api/sections/${encodeURIComponent(sectionId)}/notices`;
const onePath = (id: string): string => `/api/notices/${encodeURIComponent(id)}`;

/** The printable notice, in the language it was issued in. */
export const noticePdfUrl = (id: string): string => `${onePath(id)}.pdf`;

export async function fetchNotices(sectionId: string, signal?: AbortSignal): Promise<NoticeView[]> {
  return (await requestJson(listPath(sectionId), noticeListSchema, { signal })).notices;
}

export function useNotices(sectionId: string) {
  return useQuery({
    queryKey: noticeKeys.list(sectionId),
    queryFn: ({ signal }) => fetchNotices(sectionId, signal),
  });
}

export type NoticeAction =
  | { kind: 'create' }
  | { kind: 'update'; id: string; body: UpdateNoticeRequest }
  | { kind: 'issue'; id: string }
  | { kind: 'acknowledge'; id: string };

function send(sectionId: string, action: NoticeAction): Promise<NoticeView> {
  switch (action.kind) {
    case 'create':
      return requestJson(listPath(sectionId), noticeViewSchema, { method: 'POST', body: {} });
    case 'update':
      return requestJson(onePath(action.id), noticeViewSchema, { method: 'PATCH', body: action.body });
    case 'issue':
      return requestJson(`${onePath(action.id)}/issue`, noticeViewSchema, { method: 'POST', body: {} });
    case 'acknowledge':
      return requestJson(`${onePath(action.id)}/acknowledge`, noticeViewSchema, { method: 'POST', body: {} });
  }
}

/** Every notice action; the list is refetched after each (others' changes arrive as `notice:changed`). */
export function useNoticeAction(sectionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: NoticeAction) => send(sectionId, action),
    onSettled: () => client.invalidateQueries({ queryKey: noticeKeys.list(sectionId) }),
  });
}
