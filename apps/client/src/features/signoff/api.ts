import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { signoffStateSchema, type SignoffState, type SignRequest } from '@iep/shared';
import { requestJson } from '../../api/http';
import { sectionKeys } from '../section/api';
import { writeAnswer } from '../../api/queryAnswers';

const signoffsPath = (sectionId: string): string => `/api/sections/${encodeURIComponent(sectionId)}/signoffs`;

/** Under the section's key, so whatever refreshes the section refreshes its sign-off state too. */
export const signoffKeys = {
  state: (sectionId: string) => [...sectionKeys.detail(sectionId), 'signoffs'] as const,
};

export function fetchSignoffs(sectionId: string, signal?: AbortSignal): Promise<SignoffState> {
  return requestJson(signoffsPath(sectionId), signoffStateSchema, { signal });
}

export function useSignoffs(sectionId: string, enabled: boolean) {
  return useQuery({
    queryKey: signoffKeys.state(sectionId),
    queryFn: ({ signal }) => fetchSignoffs(sectionId, signal),
    enabled,
    staleTime: 0,
  });
}

/** After a signature the section itself may have moved (the last one approves it). */
function useSignoffMutation<T>(sectionId: string, send: (body: T) => Promise<SignoffState>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (state) => {
      writeAnswer(queryClient, signoffKeys.state(sectionId), state);
      await queryClient.invalidateQueries({ queryKey: sectionKeys.detail(sectionId) });
    },
    // A refusal (version changed, someone else signed) means what we show is stale.
    onError: () => queryClient.invalidateQueries({ queryKey: sectionKeys.detail(sectionId) }),
  });
}

export function useSign(sectionId: string) {
  return useSignoffMutation(sectionId, (body: SignRequest) =>
    requestJson(signoffsPath(sectionId), signoffStateSchema, { method: 'POST', body }),
  );
}

export function useRevokeConsent(sectionId: string) {
  return useSignoffMutation(sectionId, (reason: string) =>
    requestJson(`${signoffsPath(sectionId)}/revoke`, signoffStateSchema, { method: 'POST', body: { reason } }),
  );
}
