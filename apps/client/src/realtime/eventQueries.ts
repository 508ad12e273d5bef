import { partialMatchKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { MeetingState, ServerToClientEvents, ThreadDto } from '@iep/shared';
import { commentKeys, upsertThread } from '../features/comments/api';
import { goalDataKeys } from '../features/goal-data/api';
import { meetingKeys } from '../features/meetings/api';
import { mergeMeeting } from '../features/meetings/meetingModel';
import { noticeKeys } from '../features/notices/api';
import { notificationKeys } from '../features/notifications/api';
import { progressKeys } from '../features/progress-reports/api';
import { proposalKeys } from '../features/proposals/api';
import { sectionKeys } from '../features/section/api';
import { serviceLogKeys } from '../features/service-log/api';
import { writeAnswer } from '../api/queryAnswers';

export type ServerEvent = keyof ServerToClientEvents;
export type EventPayload<E extends ServerEvent> = Parameters<ServerToClientEvents[E]>[0];

/** The empty key is a prefix of every key: invalidating it refreshes everything. */
export const EVERY_QUERY: QueryKey = [];

/** How one server event keeps the query cache current. */
export interface QueryRoute<E extends ServerEvent> {
  /** The queries it makes stale (refetched now where shown, else when next used). */
  invalidates?: (payload: EventPayload<E>) => readonly QueryKey[];
  /** The data it carries, written straight into a cached query (never creating one). */
  writes?: (client: QueryClient, payload: EventPayload<E>) => void;
  /**
   * What a reconnect refetches because events of this kind may have been missed meanwhile:
   * per section whose room was joined again, and once per reconnect for the person's own events.
   */
  missed: { perSection?: (sectionId: string) => readonly QueryKey[]; perPerson?: readonly QueryKey[] };
}

/** An event that refreshes no query, and why. */
export interface IgnoredEvent {
  ignored: string;
}

export type EventRoute<E extends ServerEvent> = QueryRoute<E> | IgnoredEvent;

/** A write that only ever updates a list already in the cache (an updater answering undefined leaves it). */
function whenCached<T>(update: (current: T) => T): (current: T | undefined) => T | undefined {
  return (current) => (current === undefined ? undefined : update(current));
}

/**
 * Every server event (packages/shared/src/events.ts) and the queries it refreshes, in one place.
 * Typed over the shared map: an event added there does not compile until it is classified here,
 * mapped to queries or ignored with a reason.
 */
export const eventQueries: { readonly [E in ServerEvent]: EventRoute<E> } = {
  'section:saved': {
    ignored: 'Durable Yjs clocks for the "Saved" indicator: the live document session reads them; no query holds them.',
  },
  // The section's key is the prefix of its sign-offs, versions, meetings and proposals: all refresh.
  'section:status': {
    invalidates: (event) => [sectionKeys.detail(event.sectionId)],
    missed: { perSection: (sectionId) => [sectionKeys.detail(sectionId)] },
  },
  'signoff:changed': {
    invalidates: (event) => [sectionKeys.detail(event.sectionId)],
    missed: { perSection: (sectionId) => [sectionKeys.detail(sectionId)] },
  },
  'meeting:state': {
    writes: (client, state) =>
      writeAnswer<MeetingState[]>(
        client,
        meetingKeys.list(state.sectionId),
        whenCached((list) => mergeMeeting(list, state)),
      ),
    missed: { perSection: (sectionId) => [meetingKeys.list(sectionId)] },
  },
  'proposal:changed': {
    invalidates: (event) => [proposalKeys.list(event.sectionId)],
    missed: { perSection: (sectionId) => [proposalKeys.list(sectionId)] },
  },
  // Drafts reach the staff room only; issued notices and receipts the whole section room.
  'notice:changed': {
    invalidates: (event) => [noticeKeys.list(event.sectionId)],
    missed: { perSection: (sectionId) => [noticeKeys.list(sectionId)] },
  },
  // A session recorded or corrected: the log and the minutes (the event carries no note).
  'service-log:changed': {
    invalidates: (event) => [serviceLogKeys.all(event.sectionId)],
    missed: { perSection: (sectionId) => [serviceLogKeys.all(sectionId)] },
  },
  // A goal data point recorded or corrected: the section's goal data (charts and tables).
  'goal-data:changed': {
    invalidates: (event) => [goalDataKeys.all(event.sectionId)],
    missed: { perSection: (sectionId) => [goalDataKeys.all(sectionId)] },
  },
  // Drafts reach the staff room only; issued reports and receipts the whole section room.
  'progress-report:changed': {
    invalidates: (event) => [progressKeys.all(event.sectionId)],
    missed: { perSection: (sectionId) => [progressKeys.all(sectionId)] },
  },
  'thread:changed': {
    writes: (client, thread) =>
      writeAnswer<ThreadDto[]>(
        client,
        commentKeys.threads(thread.sectionId),
        whenCached((list) => upsertThread(list, thread)),
      ),
    missed: { perSection: (sectionId) => [commentKeys.threads(sectionId)] },
  },
  'notification:new': {
    invalidates: () => [notificationKeys.list],
    missed: { perPerson: [notificationKeys.list] },
  },
  // Removed from a team, a new role, authority revoked: everything shown may have changed.
  'access:changed': {
    invalidates: () => [EVERY_QUERY],
    missed: {},
  },
};

export const serverEvents = Object.keys(eventQueries) as ServerEvent[];

/** Keys without those another key in the list already covers (as its prefix). */
export function withoutCovered(keys: readonly QueryKey[]): QueryKey[] {
  const unique = keys.filter(
    (key, i) => keys.findIndex((other) => partialMatchKey(key, other) && partialMatchKey(other, key)) === i,
  );
  return unique.filter(
    (key) => !unique.some((other) => other !== key && other.length < key.length && partialMatchKey(key, other)),
  );
}

/** What the event does to the cache. */
export function applyEvent<E extends ServerEvent>(client: QueryClient, event: E, payload: EventPayload<E>): void {
  const route: EventRoute<E> = eventQueries[event];
  if ('ignored' in route) return;
  route.writes?.(client, payload);
  for (const queryKey of withoutCovered(route.invalidates?.(payload) ?? []))
    void client.invalidateQueries({ queryKey });
}

/** What a reconnect may have missed: for a section whose room was joined again, or (null) the person's own. */
export function missedQueries(sectionId: string | null): QueryKey[] {
  const keys = Object.values<EventRoute<ServerEvent>>(eventQueries).flatMap((route) => {
    if ('ignored' in route) return [];
    return sectionId === null ? (route.missed.perPerson ?? []) : (route.missed.perSection?.(sectionId) ?? []);
  });
  return withoutCovered(keys);
}

export function refreshMissed(client: QueryClient, sectionId: string | null): void {
  for (const queryKey of missedQueries(sectionId)) void client.invalidateQueries({ queryKey });
}
