import type { AgendaItem, MeetingState, SectionStructure } from '@iep/shared';
import {
  agendaPhrase,
  decisionPhrase,
  followSelectors,
  formatDuration,
  keyTarget,
  knownTeam,
  meetingsView,
  mergeMeeting,
  moveKey,
  nameWithRole,
  partPhrase,
  partSelectors,
  shownSeconds,
  targetKey,
  targetPhrase,
} from './meetingModel';

const goal = {
  id: 'g1',
  area: null,
  baseline: 'b',
  condition: 'c',
  behavior: 'writes',
  criterion: '',
  timeframe: 't',
  measurement: 'm',
  reporting: null,
  objectives: [],
};
const service = {
  id: 's1',
  model: 'push_in',
  frequency: 2,
  period: 'week',
  minutes: null,
  location: 'classroom',
  grouping: null,
  provider: 'ot',
  startDate: '2026-09-01',
  endDate: null,
};
const structure = {
  areasOfNeed: [],
  goals: [goal],
  services: [service],
  accommodations: [],
  transitionGoals: [],
} as unknown as SectionStructure;

const check = (title: string, part: string | null): AgendaItem => ({
  key: `check:${title}:${part}`,
  kind: 'check',
  title,
  part,
  state: null,
});

describe('agenda wording', () => {
  it('words a goal check with the compliance sentence and the goal’s current reasons', () => {
    expect(agendaPhrase(check('goal_measurable', 'goals/g1'), structure)).toEqual({
      kind: 'key',
      key: 'compliance.goalNotOk',
      values: { number: 1 },
      lists: { reasons: ['goals.reasons.missing_criterion'] },
    });
  });

  it('words a service check with its missing fields, and a check whose record is gone as removed', () => {
    expect(agendaPhrase(check('service_complete', 'services/s1'), structure)).toMatchObject({
      key: 'compliance.serviceNotOk',
      lists: { gaps: ['compliance.gaps.minutes'] },
    });
    expect(agendaPhrase(check('goal_measurable', 'goals/gone'), structure)).toMatchObject({
      key: 'meetings.parts.removed',
    });
  });

  it('uses the compliance panel’s sentences for section-wide checks and keeps typed titles as they are', () => {
    expect(agendaPhrase(check('parent_concerns_present', 'parentConcerns'), structure)).toMatchObject({
      key: 'compliance.parentConcernsMissing',
    });
    expect(agendaPhrase(check('annual_review_within_year', 'plan/annualReviewDate'), structure)).toMatchObject({
      key: 'compliance.annualReviewNotOk',
    });
    expect(
      agendaPhrase({ key: 'custom:1', kind: 'custom', title: 'Bus transition', part: null, state: null }, structure),
    ).toEqual({ kind: 'text', text: 'Bus transition' });
  });

  it('names parts by their place: fragments, panels, numbered records', () => {
    expect(partPhrase('homeStrategies', structure)).toMatchObject({ key: 'section.fragments.homeStrategies' });
    expect(partPhrase('goals', structure)).toMatchObject({ key: 'goals.title' });
    expect(partPhrase('services/s1', structure)).toMatchObject({
      key: 'meetings.parts.service',
      values: { number: 1 },
    });
    expect(targetPhrase({ kind: 'agenda', key: 'nope' }, [], structure)).toMatchObject({
      key: 'meetings.agenda.removedItem',
    });
  });
});

describe('item timers', () => {
  it('adds the time since the state arrived to the running item only', () => {
    const seconds = { a: 60, b: 5 };
    expect(shownSeconds(seconds, 'a', 'a', 1_000, 11_500)).toBe(70);
    expect(shownSeconds(seconds, 'b', 'a', 1_000, 11_500)).toBe(5);
    expect(shownSeconds(seconds, 'c', null, 1_000, 11_500)).toBe(0);
    // A clock that went backwards never takes time away.
    expect(shownSeconds(seconds, 'a', 'a', 5_000, 1_000)).toBe(60);
  });

  it('formats durations as m:ss, and h:mm:ss from an hour', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('counts a part target under the same key as the server, and reads such keys back', () => {
    expect(targetKey({ kind: 'part', part: 'goals' })).toBe('part:goals');
    expect(targetKey({ kind: 'agenda', key: 'custom:1' })).toBe('custom:1');
    expect(keyTarget('part:goals/g1')).toEqual({ kind: 'part', part: 'goals/g1' });
    expect(keyTarget('custom:1')).toEqual({ kind: 'agenda', key: 'custom:1' });
  });
});

describe('follow-mode targets', () => {
  const agenda: AgendaItem[] = [
    check('goal_measurable', 'goals/g1'),
    { key: 'custom:1', kind: 'custom', title: 'Bus', part: null, state: null },
  ];

  it('sends an agenda item with a part to that part first, its row as the fallback', () => {
    expect(followSelectors({ kind: 'agenda', key: agenda[0]?.key ?? '' }, agenda)).toEqual([
      '[id="goals-g1"]',
      '[data-testid="goals-panel"]',
      '[data-agenda-key="check:goal_measurable:goals/g1"]',
    ]);
  });

  it('sends an agenda item without a part to its agenda row', () => {
    expect(followSelectors({ kind: 'agenda', key: 'custom:1' }, agenda)).toEqual(['[data-agenda-key="custom:1"]']);
  });

  it('sends a part to the same place as the compliance panel’s links: editor, record card, panel', () => {
    expect(partSelectors('parentConcerns')).toEqual(['[data-testid="editor-parentConcerns"]']);
    expect(partSelectors('services/s1')).toEqual(['[id="services-s1"]', '[data-testid="services-panel"]']);
    expect(partSelectors('transitionGoals')).toEqual(['[data-testid="transition-goals-panel"]']);
    expect(partSelectors('plan/annualReviewDate')).toEqual(['[data-testid="compliance-panel"]']);
  });
});

describe('meetings on the page', () => {
  const meeting = (id: string, status: MeetingState['status'], extra: Partial<MeetingState> = {}): MeetingState =>
    ({
      id,
      sectionId: 's',
      status,
      scheduledFor: '2026-11-01T10:00:00Z',
      endedAt: null,
      invited: [],
      participants: [],
      ...extra,
    }) as MeetingState;

  it('splits the list into the running meeting, upcoming ones soonest first, and the last ended', () => {
    const view = meetingsView([
      meeting('late', 'scheduled', { scheduledFor: '2026-12-01T10:00:00Z' }),
      meeting('run', 'in_progress'),
      meeting('soon', 'scheduled', { scheduledFor: '2026-11-20T10:00:00Z' }),
      meeting('old', 'ended', { endedAt: '2026-10-01T10:00:00Z' }),
      meeting('newer', 'ended', { endedAt: '2026-10-05T10:00:00Z' }),
    ]);
    expect(view.running?.id).toBe('run');
    expect(view.upcoming.map((m) => m.id)).toEqual(['soon', 'late']);
    expect(view.lastEnded?.id).toBe('newer');
  });

  it('replaces a pushed meeting in place and puts a new one first', () => {
    const list = [meeting('a', 'scheduled'), meeting('b', 'scheduled')];
    expect(mergeMeeting(list, meeting('b', 'in_progress')).map((m) => `${m.id}:${m.status}`)).toEqual([
      'a:scheduled',
      'b:in_progress',
    ]);
    expect(mergeMeeting(list, meeting('c', 'scheduled')).map((m) => m.id)).toEqual(['c', 'a', 'b']);
  });

  it('knows the team from everyone invited or present, once each', () => {
    const team = knownTeam([
      meeting('a', 'ended', { invited: [{ userId: 'u1', name: 'Ann', role: 'ot' }] }),
      meeting('b', 'ended', {
        invited: [
          { userId: 'u1', name: 'Ann', role: 'ot' },
          { userId: 'u2', name: 'Bo', role: 'parent' },
        ],
      }),
    ]);
    expect(team.map((m) => m.userId)).toEqual(['u1', 'u2']);
  });

  it('moves an agenda key up or down and leaves the ends alone', () => {
    expect(moveKey(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveKey(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveKey(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveKey(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('names a member with their role once, even when the account name already carries it', () => {
    expect(nameWithRole('Tom Baker (Teacher)', 'Teacher')).toBe('Tom Baker (Teacher)');
    expect(nameWithRole('Ann Lee', 'Teacher')).toBe('Ann Lee (Teacher)');
  });
});

describe('agenda items and decisions from comments and proposals', () => {
  it('words family input, open discussions and goal proposals with their titles, saying when a thread was answered', () => {
    const item = (kind: 'parent_input' | 'thread' | 'proposal', state: string | null): AgendaItem => ({
      key: `${kind}:1`,
      kind,
      title: 'Buttons at home',
      part: 'parentConcerns',
      state,
    });
    expect(agendaPhrase(item('parent_input', 'open'), structure)).toEqual({
      kind: 'key',
      key: 'meetings.agenda.parentInput',
      values: { title: 'Buttons at home' },
      lists: undefined,
    });
    expect(agendaPhrase(item('parent_input', 'answered'), structure)).toMatchObject({
      key: 'meetings.agenda.parentInputAnswered',
    });
    expect(agendaPhrase(item('thread', 'open'), structure)).toMatchObject({ key: 'meetings.agenda.thread' });
    expect(agendaPhrase(item('thread', 'answered'), structure)).toMatchObject({
      key: 'meetings.agenda.threadAnswered',
    });
    expect(agendaPhrase(item('proposal', 'open'), structure)).toMatchObject({
      key: 'meetings.agenda.proposal',
      values: { title: 'Buttons at home' },
    });
  });

  it('words each kind of decision with its title', () => {
    expect(decisionPhrase({ kind: 'proposal_accepted', title: 'Tie shoes' })).toMatchObject({
      key: 'meetings.summary.decision.proposal_accepted',
      values: { title: 'Tie shoes' },
    });
    expect(decisionPhrase({ kind: 'proposal_rejected', title: 'x' })).toMatchObject({
      key: 'meetings.summary.decision.proposal_rejected',
    });
    expect(decisionPhrase({ kind: 'thread_resolved', title: 'x' })).toMatchObject({
      key: 'meetings.summary.decision.thread_resolved',
    });
  });
});
