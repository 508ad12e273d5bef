import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { notificationListSchema, outboxListSchema } from '@iep/shared';
import { requestJson } from '../../api/http';

export const notificationKeys = {
  /** The signed-in person's notifications (and their unread count). */
  list: ['notifications'] as const,
  /** Mail the server would have sent (development and demo only). */
  outbox: ['outbox'] as const,
};

export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.list,
    queryFn: ({ signal }) => requestJson('/api/notifications', notificationListSchema, { signal }),
  });
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) =>
      requestJson('/api/notifications/read', z.object({ unread: z.number() }), {
        method: 'POST',
        body: ids ? { ids } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.list }),
  });
}

/**
 * The district's outbox. The header asks it only to know whether to show the link; the page passes
 * `current` so it always refetches on opening, never showing the header's earlier copy.
 */
export function useOutbox(enabled = true, current = false) {
  return useQuery({
    queryKey: notificationKeys.outbox,
    queryFn: async ({ signal }) => (await requestJson('/api/outbox', outboxListSchema, { signal })).messages,
    retry: false,
    enabled,
    refetchOnMount: current ? 'always' : true,
  });
}
