import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  proposalListSchema,
  proposalViewSchema,
  type CreateProposalRequest,
  type EndorseRequest,
  type ProposalFields,
  type ProposalView,
  type UpdateProposalRequest,
} from '@iep/shared';
import { requestJson } from '../../api/http';
import { sectionKeys } from '../section/api';

export const proposalKeys = {
  list: (sectionId: string) => [...sectionKeys.detail(sectionId), 'proposals'] as const,
};

const listPath = (sectionId: string): string => `/api/sections/${encodeURIComponent(sectionId)}/proposals`;
const onePath = (id: string): string => `/api/proposals/${encodeURIComponent(id)}`;

export async function fetchProposals(sectionId: string, signal?: AbortSignal): Promise<ProposalView[]> {
  return (await requestJson(listPath(sectionId), proposalListSchema, { signal })).proposals;
}

export function useProposals(sectionId: string) {
  return useQuery({
    queryKey: proposalKeys.list(sectionId),
    queryFn: ({ signal }) => fetchProposals(sectionId, signal),
  });
}

export type ProposalAction =
  | { kind: 'create'; body: CreateProposalRequest }
  | { kind: 'update'; id: string; body: UpdateProposalRequest }
  | { kind: 'endorse'; id: string; body: EndorseRequest }
  | { kind: 'comment'; id: string; body: { body: string } }
  | { kind: 'accept'; id: string; fields?: ProposalFields }
  | { kind: 'reject'; id: string; body: { reason: string } }
  | { kind: 'withdraw'; id: string };

function send(sectionId: string, action: ProposalAction): Promise<ProposalView> {
  switch (action.kind) {
    case 'create':
      return requestJson(listPath(sectionId), proposalViewSchema, { method: 'POST', body: action.body });
    case 'update':
      return requestJson(onePath(action.id), proposalViewSchema, { method: 'PATCH', body: action.body });
    case 'endorse':
      return requestJson(`${onePath(action.id)}/endorse`, proposalViewSchema, { method: 'POST', body: action.body });
    case 'comment':
      return requestJson(`${onePath(action.id)}/comments`, proposalViewSchema, { method: 'POST', body: action.body });
    case 'accept':
      return requestJson(`${onePath(action.id)}/accept`, proposalViewSchema, {
        method: 'POST',
        body: action.fields === undefined ? {} : { fields: action.fields },
      });
    case 'reject':
      return requestJson(`${onePath(action.id)}/reject`, proposalViewSchema, { method: 'POST', body: action.body });
    case 'withdraw':
      return requestJson(`${onePath(action.id)}/withdraw`, proposalViewSchema, { method: 'POST', body: {} });
  }
}

/** Every proposal action; the list is refetched after each (others' changes arrive over socket.io). */
export function useProposalAction(sectionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: ProposalAction) => send(sectionId, action),
    onSettled: () => client.invalidateQueries({ queryKey: proposalKeys.list(sectionId) }),
  });
}
