import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { MeetingState, ScheduleMeeting } from '@iep/shared';
import { requestJson } from '../../api/http';
import { sectionKeys } from '../section/api';
import { mergeMeeting } from './meetingModel';
import { writeAnswer } from '../../api/queryAnswers';

/** The contract's MeetingState is a TypeScript interface; the answer is checked for its shape's anchor fields. */
const meetingSchema = z.custom<MeetingState>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { id?: unknown }).id === 'string' &&
    Array.isArray((v as { agenda?: unknown }).agenda),
);
const meetingListSchema = z.object({ meetings: z.array(meetingSchema) });

/** Under the section's key: a refetch of the section (workflow moves) refreshes its meetings too. */
export const meetingKeys = {
  list: (sectionId: string) => [...sectionKeys.detail(sectionId), 'meetings'] as const,
};

const meetingPath = (meetingId: string): string => `/api/meetings/${encodeURIComponent(meetingId)}`;

export function fetchMeetings(sectionId: string, signal?: AbortSignal): Promise<MeetingState[]> {
  return requestJson(`/api/sections/${encodeURIComponent(sectionId)}/meetings`, meetingListSchema, { signal }).then(
    (r) => r.meetings,
  );
}

export function useMeetingsQuery(sectionId: string) {
  return useQuery({ queryKey: meetingKeys.list(sectionId), queryFn: ({ signal }) => fetchMeetings(sectionId, signal) });
}

/** Stores a fresh meeting state (from an answer or the socket) in the section's list. */
export function useStoreMeeting(sectionId: string): (state: MeetingState) => void {
  const queryClient = useQueryClient();
  return (state: MeetingState) =>
    writeAnswer<MeetingState[]>(queryClient, meetingKeys.list(sectionId), (list) => mergeMeeting(list, state));
}

type MeetingCall =
  | { kind: 'schedule'; body: ScheduleMeeting }
  | { kind: 'start' | 'end'; meetingId: string }
  | { kind: 'reorder'; meetingId: string; order: string[] }
  | { kind: 'addItem'; meetingId: string; title: string }
  | { kind: 'excuse'; meetingId: string; userId: string; areaDiscussed: boolean }
  | { kind: 'consent'; meetingId: string; excusalId: string; typedName: string }
  | { kind: 'input'; meetingId: string; excusalId: string; text: string }
  | { kind: 'confirm'; meetingId: string; excusalId: string };

function send(sectionId: string, call: MeetingCall): Promise<MeetingState> {
  const post = (path: string, body?: unknown) => requestJson(path, meetingSchema, { method: 'POST', body });
  switch (call.kind) {
    case 'schedule':
      return post(`/api/sections/${encodeURIComponent(sectionId)}/meetings`, call.body);
    case 'start':
    case 'end':
      return post(`${meetingPath(call.meetingId)}/${call.kind}`);
    case 'reorder':
      return requestJson(`${meetingPath(call.meetingId)}/agenda`, meetingSchema, {
        method: 'PUT',
        body: { order: call.order },
      });
    case 'addItem':
      return post(`${meetingPath(call.meetingId)}/agenda-items`, { title: call.title });
    case 'excuse':
      return post(`${meetingPath(call.meetingId)}/excusals`, {
        userId: call.userId,
        areaDiscussed: call.areaDiscussed,
      });
    case 'consent':
      return post(`${meetingPath(call.meetingId)}/excusals/${encodeURIComponent(call.excusalId)}/consent`, {
        typedName: call.typedName,
        agree: true,
      });
    case 'input':
      return post(`${meetingPath(call.meetingId)}/excusals/${encodeURIComponent(call.excusalId)}/input`, {
        text: call.text,
      });
    case 'confirm':
      return post(`${meetingPath(call.meetingId)}/excusals/${encodeURIComponent(call.excusalId)}/confirm`);
  }
}

/**
 * Every meeting request answers with the meeting's new state: stored at once. Starting and ending
 * also move the section in its workflow, so the section is refetched then.
 */
export function useMeetingCall(sectionId: string) {
  const queryClient = useQueryClient();
  const store = useStoreMeeting(sectionId);
  return useMutation({
    mutationFn: (call: MeetingCall) => send(sectionId, call),
    onSuccess: (state, call) => {
      store(state);
      if (call.kind === 'start' || call.kind === 'end')
        void queryClient.invalidateQueries({ queryKey: sectionKeys.detail(sectionId), exact: true });
    },
    // A refused call (409: someone else started it) means what is shown is stale.
    onError: () => queryClient.invalidateQueries({ queryKey: meetingKeys.list(sectionId) }),
  });
}
