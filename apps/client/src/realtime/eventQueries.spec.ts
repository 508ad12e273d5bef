import { QueryClient, type QueryKey } from '@tanstack/react-query';
import type { MeetingState, NotificationDto, ThreadDto } from '@iep/shared';
import { commentKeys } from '../features/comments/api';
import { meetingKeys } from '../features/meetings/api';
import { notificationKeys } from '../features/notifications/api';
import { proposalKeys } from '../features/proposals/api';
import { sectionKeys } from '../features/section/api';
import { signoffKeys } from '../features/signoff/api';
import { versionKeys } from '../features/versions/api';
import {
  applyEvent,
  eventQueries,
  missedQueries,
  serverEvents,
  withoutCovered,
  type ServerEvent,
} from './eventQueries';

// Compile-time: the map's keys are exactly the shared map's server events, no more, no fewer.
type Unclassified = Exclude<ServerEvent, keyof typeof eventQueries>;
type Unknown = Exclude<keyof typeof eventQueries, ServerEvent>;
const exhaustive: [Unclassified, Unknown] extends [never, never] ? true : false = true;

const S1 = '11111111-1111-4111-8111-111111111111';
const S2 = '22222222-2222-4222-8222-222222222222';
const by = { name: 'Ana', role: 'ot' as const };

function meeting(id: string, sectionId: string, status: MeetingState['status']): MeetingState {
  return {
    id,
    sectionId,
    status,
    scheduledFor: '2026-03-01T10:00:00.000Z',
    videoUrl: null,
    facilitator: null,
    startedAt: null,
    endedAt: null,
    invited: [],
    participants: [],
    agenda: [],
    nowDiscussing: null,
    itemSeconds: {},
    excusals: [],
    summary: null,
  };
}

function thread(id: string, sectionId: string, quote: string): ThreadDto {
  return {
    id,
    sectionId,
    part: 'presentLevels',
    anchorStart: null,
    anchorEnd: null,
    quote,
    visibility: 'team',
    author: { id: '00000000-0000-4000-8000-000000000001', name: 'A', role: 'ot' },
    createdAt: `2026-01-0${id.length}`,
    resolvedAt: null,
    resolvedBy: null,
    detached: false,
    suggestion: null,
    comments: [],
  };
}

const notification: NotificationDto = {
  id: '33333333-3333-4333-8333-333333333333',
  kind: 'mention',
  sectionId: S1,
  threadId: null,
  commentId: null,
  detail: {},
  actorName: 'Ana',
  studentName: 'Mateo',
  excerpt: 'hi',
  createdAt: '2026-01-01T00:00:00.000Z',
  readAt: null,
};

/** A cache holding a few queries of two sections and the person's own, every one fresh. */
function cacheWith(keys: QueryKey[]): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, gcTime: Infinity } } });
  for (const key of keys) client.setQueryData(key, []);
  return client;
}

const ALL_KEYS: QueryKey[] = [
  sectionKeys.detail(S1),
  signoffKeys.state(S1),
  versionKeys.list(S1),
  meetingKeys.list(S1),
  proposalKeys.list(S1),
  commentKeys.threads(S1),
  sectionKeys.detail(S2),
  proposalKeys.list(S2),
  commentKeys.threads(S2),
  notificationKeys.list,
  ['students'],
  ['auth', 'me'],
];

const staleKeys = (client: QueryClient): string[] =>
  client
    .getQueryCache()
    .getAll()
    .filter((q) => q.isStale())
    .map((q) => JSON.stringify(q.queryKey))
    .sort();
const keysOf = (...keys: QueryKey[]): string[] => keys.map((k) => JSON.stringify(k)).sort();

describe('the map from each server event to the queries it refreshes', () => {
  it('classifies every server event: mapped to queries, or ignored with a reason', () => {
    expect(exhaustive).toBe(true);
    expect(serverEvents.sort()).toEqual(Object.keys(eventQueries).sort());
    for (const event of serverEvents) {
      const route = eventQueries[event];
      if ('ignored' in route) expect(route.ignored.length).toBeGreaterThan(10);
      else expect(route.invalidates !== undefined || route.writes !== undefined).toBe(true);
    }
  });

  it('a workflow move or a sign-off change refreshes the section and everything under it, and nothing else', () => {
    for (const run of [
      (c: QueryClient) =>
        applyEvent(c, 'section:status', {
          sectionId: S1,
          status: 'family_review',
          transition: 'share_with_family',
          by,
          versionNumber: 2,
        }),
      (c: QueryClient) => applyEvent(c, 'signoff:changed', { sectionId: S1, change: 'signed', versionNumber: 2, by }),
    ]) {
      const client = cacheWith(ALL_KEYS);
      run(client);
      expect(staleKeys(client)).toEqual(
        keysOf(
          sectionKeys.detail(S1),
          signoffKeys.state(S1),
          versionKeys.list(S1),
          meetingKeys.list(S1),
          proposalKeys.list(S1),
        ),
      );
    }
  });

  it('a proposal change refreshes that section’s proposals only', () => {
    const client = cacheWith(ALL_KEYS);
    applyEvent(client, 'proposal:changed', { sectionId: S2, proposalId: 'p', change: 'created', by });
    expect(staleKeys(client)).toEqual(keysOf(proposalKeys.list(S2)));
  });

  it('a new notification refreshes the person’s notifications only', () => {
    const client = cacheWith(ALL_KEYS);
    applyEvent(client, 'notification:new', notification);
    expect(staleKeys(client)).toEqual(keysOf(notificationKeys.list));
  });

  it('a change of access refreshes everything', () => {
    const client = cacheWith(ALL_KEYS);
    applyEvent(client, 'access:changed', { studentId: 'st', role: null });
    expect(staleKeys(client)).toEqual(keysOf(...ALL_KEYS));
  });

  it('"saved" reports touch no query', () => {
    const client = cacheWith(ALL_KEYS);
    applyEvent(client, 'section:saved', { sectionId: S1, clocks: { 1: 2 } });
    expect(staleKeys(client)).toEqual([]);
  });

  it('writes a pushed thread into its section’s cached list, in creation order, and creates no list that was not fetched', () => {
    const client = cacheWith([]);
    client.setQueryData<ThreadDto[]>(commentKeys.threads(S1), [thread('bb', S1, 'old')]);
    applyEvent(client, 'thread:changed', thread('a', S1, 'new'));
    applyEvent(client, 'thread:changed', thread('bb', S1, 'changed'));
    applyEvent(client, 'thread:changed', thread('c', S2, 'elsewhere'));
    expect(client.getQueryData<ThreadDto[]>(commentKeys.threads(S1))?.map((t) => [t.id, t.quote])).toEqual([
      ['a', 'new'],
      ['bb', 'changed'],
    ]);
    expect(client.getQueryData(commentKeys.threads(S2))).toBeUndefined();
    expect(staleKeys(client)).toEqual([]);
  });

  it('writes a pushed meeting state into its section’s cached meetings, and creates no list that was not fetched', () => {
    const client = cacheWith([]);
    client.setQueryData<MeetingState[]>(meetingKeys.list(S1), [meeting('m1', S1, 'scheduled')]);
    applyEvent(client, 'meeting:state', meeting('m1', S1, 'in_progress'));
    applyEvent(client, 'meeting:state', meeting('m2', S2, 'scheduled'));
    expect(client.getQueryData<MeetingState[]>(meetingKeys.list(S1))?.map((m) => [m.id, m.status])).toEqual([
      ['m1', 'in_progress'],
    ]);
    expect(client.getQueryData(meetingKeys.list(S2))).toBeUndefined();
  });

  it('after a reconnect refetches what each rejoined section may have missed, and the person’s own once', () => {
    // The section's key covers its meetings and proposals; threads live apart.
    expect(missedQueries(S1)).toEqual([sectionKeys.detail(S1), commentKeys.threads(S1)]);
    expect(missedQueries(null)).toEqual([notificationKeys.list]);
  });

  it('drops keys that another key in the list already covers', () => {
    expect(withoutCovered([['a', 1, 'x'], ['a', 1], ['b'], ['a', 1], ['a', 2]])).toEqual([['a', 1], ['b'], ['a', 2]]);
    expect(withoutCovered([['a'], []])).toEqual([[]]);
  });
});
