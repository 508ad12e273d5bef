import { useMutation, useQueryClient } from '@tanstack/react-query';
import { transitionResponseSchema, workflowStateSchema, type TransitionRequest, type WorkflowState } from '@iep/shared';
import type { z } from 'zod';
import { requestJson } from '../../api/http';
import { sectionKeys } from '../section/api';

const sectionPath = (sectionId: string): string => `/api/sections/${encodeURIComponent(sectionId)}`;

export type TransitionResponse = z.infer<typeof transitionResponseSchema>;

/** The printable PDF of one saved version (a plain link: the session cookie goes along). */
export const versionPdfUrl = (sectionId: string, versionNumber: number): string =>
  `${sectionPath(sectionId)}/versions/${versionNumber}.pdf`;

export function postTransition(sectionId: string, body: TransitionRequest): Promise<TransitionResponse> {
  return requestJson(`${sectionPath(sectionId)}/transition`, transitionResponseSchema, { method: 'POST', body });
}

export function postFamilyResponse(sectionId: string, note: string | undefined): Promise<WorkflowState> {
  return requestJson(`${sectionPath(sectionId)}/family-response`, workflowStateSchema, {
    method: 'POST',
    body: note === undefined ? {} : { note },
  });
}

/** Moves the section; everything under the section's key (itself, versions, sign-off) is stale after. */
export function useTransition(sectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionRequest) => postTransition(sectionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sectionKeys.detail(sectionId) }),
    // A refused move (someone else moved the section first) means the buttons shown are stale.
    onError: () => queryClient.invalidateQueries({ queryKey: sectionKeys.detail(sectionId) }),
  });
}

export function useFamilyResponse(sectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string | undefined) => postFamilyResponse(sectionId, note),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sectionKeys.detail(sectionId) }),
  });
}
