import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  teamListSchema,
  threadListSchema,
  threadSchema,
  type CreateCommentRequest,
  type CreateThreadRequest,
  type ThreadDto,
} from '@iep/shared';
import { requestJson } from '../../api/http';
import { writeAnswer } from '../../api/queryAnswers';

const enc = encodeURIComponent;

export const commentKeys = {
  all: ['threads'] as const,
  threads: (sectionId: string) => ['threads', sectionId] as const,
  /** The section's team, as a thread's mention list offers it. */
  team: (sectionId: string) => ['team', sectionId] as const,
};

export function useThreads(sectionId: string) {
  return useQuery({
    queryKey: commentKeys.threads(sectionId),
    queryFn: async ({ signal }) =>
      (await requestJson(`/api/sections/${enc(sectionId)}/threads`, threadListSchema, { signal })).threads,
  });
}

export function useTeam(sectionId: string) {
  return useQuery({
    queryKey: commentKeys.team(sectionId),
    queryFn: async ({ signal }) =>
      (await requestJson(`/api/sections/${enc(sectionId)}/team`, teamListSchema, { signal })).members,
    staleTime: 5 * 60_000,
  });
}

/** Puts a thread (new or changed) into the cached list, in creation order. */
export function upsertThread(list: ThreadDto[] | undefined, thread: ThreadDto): ThreadDto[] {
  const rest = (list ?? []).filter((t) => t.id !== thread.id);
  return [...rest, thread].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export type ThreadAction =
  | { kind: 'create'; input: CreateThreadRequest }
  | { kind: 'reply'; threadId: string; input: CreateCommentRequest }
  | { kind: 'edit'; commentId: string; body: string }
  | { kind: 'delete'; commentId: string }
  | { kind: 'resolve' | 'reopen'; threadId: string };

function run(sectionId: string, action: ThreadAction): Promise<ThreadDto> {
  switch (action.kind) {
    case 'create':
      return requestJson(`/api/sections/${enc(sectionId)}/threads`, threadSchema, {
        method: 'POST',
        body: action.input,
      });
    case 'reply':
      return requestJson(`/api/threads/${enc(action.threadId)}/comments`, threadSchema, {
        method: 'POST',
        body: action.input,
      });
    case 'edit':
      return requestJson(`/api/comments/${enc(action.commentId)}`, threadSchema, {
        method: 'PATCH',
        body: { body: action.body },
      });
    case 'delete':
      return requestJson(`/api/comments/${enc(action.commentId)}`, threadSchema, { method: 'DELETE' });
    case 'resolve':
    case 'reopen':
      return requestJson(`/api/threads/${enc(action.threadId)}/${action.kind}`, threadSchema, { method: 'POST' });
  }
}

/** Every change to a thread answers the whole thread, which replaces the cached one. */
export function useThreadAction(sectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ThreadAction) => run(sectionId, action),
    onSuccess: (thread) =>
      writeAnswer<ThreadDto[]>(queryClient, commentKeys.threads(sectionId), (list) => upsertThread(list, thread)),
  });
}
