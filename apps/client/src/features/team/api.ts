import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  acceptedInvitationSchema,
  createdInvitationSchema,
  invitationPreviewSchema,
  invitationSchema,
  teamPanelSchema,
  type AcceptInvitation,
  type CreateInvitation,
  type Role,
} from '@iep/shared';
import { requestJson } from '../../api/http';
import { studentKeys } from '../students/api';
import { z } from 'zod';

const enc = encodeURIComponent;

/** Under the student's key: whatever refreshes the students refreshes their teams too. */
export const teamKeys = {
  panel: (studentId: string) => [...studentKeys.all, studentId, 'team'] as const,
  invitation: (token: string) => ['invitations', 'by-token', token] as const,
};

export function useTeam(studentId: string) {
  return useQuery({
    queryKey: teamKeys.panel(studentId),
    queryFn: ({ signal }) => requestJson(`/api/students/${enc(studentId)}/team`, teamPanelSchema, { signal }),
    enabled: studentId !== '',
  });
}

export function useInvite(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInvitation) =>
      requestJson(`/api/students/${enc(studentId)}/invitations`, createdInvitationSchema, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.panel(studentId) }),
  });
}

export function useRevokeInvitation(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      requestJson(`/api/invitations/${enc(invitationId)}/revoke`, invitationSchema, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.panel(studentId) }),
  });
}

/** What the link offers: public, so a 401 here means nothing about the session. */
export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: teamKeys.invitation(token),
    queryFn: ({ signal }) =>
      requestJson(`/api/invitations/by-token/${enc(token)}`, invitationPreviewSchema, {
        signal,
        notifyUnauthorized: false,
      }),
    retry: false,
  });
}

export function acceptInvitation(input: AcceptInvitation) {
  return requestJson('/api/invitations/accept', acceptedInvitationSchema, {
    method: 'POST',
    body: input,
    notifyUnauthorized: false,
  });
}

/** A change to a member's access, as the team panel asks for it. */
export type MemberChange =
  | { kind: 'role'; userId: string; role: Role; reason: string }
  | { kind: 'remove'; userId: string; reason: string }
  | { kind: 'revoke'; userId: string; reason: string };

const noContent = z.unknown();

export function useChangeMember(studentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: MemberChange) => {
      const base = `/api/students/${enc(studentId)}/team/${enc(change.userId)}`;
      if (change.kind === 'role')
        return requestJson(base, noContent, { method: 'PATCH', body: { role: change.role, reason: change.reason } });
      const path = change.kind === 'remove' ? `${base}/remove` : `${base}/revoke-authority`;
      return requestJson(path, noContent, { method: 'POST', body: { reason: change.reason } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.panel(studentId) }),
  });
}
