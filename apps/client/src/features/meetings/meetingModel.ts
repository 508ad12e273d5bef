import type { ParseKeys } from 'i18next';
import {
  goalMeasurability,
  SECTION_FRAGMENTS,
  serviceGaps,
  type AgendaItem,
  type DiscussTarget,
  type MeetingState,
  type MeetingSummary,
  type SectionStructure,
} from '@iep/shared';
import { recordElementId } from '../section/structured/ids';

/**
 * Words for the meeting, as catalog keys with values (no i18n here, so the rules are unit-tested):
 * `text` is shown as is (titles people typed), `key` is translated, `lists` are translated and joined.
 */
export type Phrase =
  | { kind: 'text'; text: string }
  | { kind: 'key'; key: ParseKeys; values?: Record<string, string | number>; lists?: Record<string, ParseKeys[]> };

const key = (k: ParseKeys, values?: Record<string, string | number>, lists?: Record<string, ParseKeys[]>): Phrase => ({
  kind: 'key',
  key: k,
  values,
  lists,
});

const ROOT_TITLES: Record<string, ParseKeys> = {
  goals: 'goals.title',
  services: 'services.title',
  accommodations: 'accommodations.title',
  areasOfNeed: 'needs.title',
  transitionGoals: 'transition.title',
};

const isFragment = (part: string): part is (typeof SECTION_FRAGMENTS)[number] =>
  (SECTION_FRAGMENTS as readonly string[]).includes(part);

/** 1-based position of a record in its list, 0 when it is gone. */
function numberOf(structure: SectionStructure, root: string, id: string): number {
  const list: readonly { id: string }[] | undefined =
    root === 'goals'
      ? structure.goals
      : root === 'services'
        ? structure.services
        : root === 'accommodations'
          ? structure.accommodations
          : root === 'transitionGoals'
            ? structure.transitionGoals
            : undefined;
  return list === undefined ? 0 : list.findIndex((r) => r.id === id) + 1;
}

/** A part of the section in words: "Parent concerns", "Goal 2", "Services". */
export function partPhrase(part: string, structure: SectionStructure): Phrase {
  if (isFragment(part)) return key(`section.fragments.${part}`);
  if (part === 'plan/annualReviewDate') return key('meetings.parts.annualReview');
  const [root = '', id] = part.split('/');
  if (id === undefined) return ROOT_TITLES[root] !== undefined ? key(ROOT_TITLES[root]) : { kind: 'text', text: part };
  const number = numberOf(structure, root, id);
  if (number === 0) return key('meetings.parts.removed');
  if (root === 'goals') return key('meetings.parts.goal', { number });
  if (root === 'services') return key('meetings.parts.service', { number });
  if (root === 'accommodations') return key('meetings.parts.accommodation', { number });
  return key('meetings.parts.transitionGoal', { number });
}

/**
 * An agenda item in words. A check's title is its compliance code: worded with the compliance
 * panel's own sentences, reading the record's current gaps from the live document.
 */
export function agendaPhrase(item: AgendaItem, structure: SectionStructure): Phrase {
  const answered = item.state === 'answered';
  if (item.kind === 'parent_input')
    return key(answered ? 'meetings.agenda.parentInputAnswered' : 'meetings.agenda.parentInput', { title: item.title });
  if (item.kind === 'thread')
    return key(answered ? 'meetings.agenda.threadAnswered' : 'meetings.agenda.thread', { title: item.title });
  if (item.kind === 'proposal') return key('meetings.agenda.proposal', { title: item.title });
  if (item.kind !== 'check') return { kind: 'text', text: item.title };
  const [root = '', id = ''] = (item.part ?? '').split('/');
  switch (item.title) {
    case 'goal_measurable': {
      const goal = structure.goals.find((g) => g.id === id);
      if (goal === undefined) return key('meetings.parts.removed');
      const reasons = goalMeasurability(goal).reasons.map((r): ParseKeys => `goals.reasons.${r}`);
      const number = numberOf(structure, 'goals', id);
      return reasons.length === 0
        ? key('compliance.goalOk', { number })
        : key('compliance.goalNotOk', { number }, { reasons });
    }
    case 'service_complete': {
      const service = structure.services.find((s) => s.id === id);
      if (service === undefined) return key('meetings.parts.removed');
      const gaps = serviceGaps(service).map((g): ParseKeys => `compliance.gaps.${g}`);
      const number = numberOf(structure, 'services', id);
      return gaps.length === 0
        ? key('compliance.serviceOk', { number })
        : key('compliance.serviceNotOk', { number }, { gaps });
    }
    case 'parent_concerns_present':
      return key('compliance.parentConcernsMissing');
    case 'annual_review_within_year':
      return key('compliance.annualReviewNotOk');
    case 'transition_goals_present':
      return key('compliance.transitionMissing');
    case 'field_valid':
      return key(root === 'services' ? 'meetings.agenda.fieldInvalidService' : 'meetings.agenda.fieldInvalidGoal', {
        number: numberOf(structure, root, id),
      });
    default:
      return key('meetings.agenda.otherCheck', { code: item.title });
  }
}

/** A decision the meeting made, in words: a proposal accepted or rejected, a discussion resolved. */
export function decisionPhrase(decision: MeetingSummary['decisions'][number]): Phrase {
  return key(`meetings.summary.decision.${decision.kind}`, { title: decision.title });
}

/** What is being discussed, in words: the agenda item, or the part pointed at. */
export function targetPhrase(
  target: DiscussTarget,
  agenda: readonly AgendaItem[],
  structure: SectionStructure,
): Phrase {
  if (target.kind === 'part') return partPhrase(target.part, structure);
  const item = agenda.find((i) => i.key === target.key);
  return item === undefined ? key('meetings.agenda.removedItem') : agendaPhrase(item, structure);
}

/** The key time is counted against (as the server does): an agenda key, or `part:<part>`. */
export const targetKey = (target: DiscussTarget): string =>
  target.kind === 'agenda' ? target.key : `part:${target.part}`;

/** Where an `itemSeconds` key points (for the summary's time per item). */
export function keyTarget(timerKey: string): DiscussTarget {
  return timerKey.startsWith('part:')
    ? { kind: 'part', part: timerKey.slice('part:'.length) }
    : { kind: 'agenda', key: timerKey };
}

/**
 * Seconds on an item as shown now: the server's count at the time of the state, plus, for the
 * running item, the time since that state arrived (the local clock only, so skew does not matter).
 */
export function shownSeconds(
  itemSeconds: Record<string, number>,
  itemKey: string,
  runningKey: string | null,
  receivedAt: number,
  now: number,
): number {
  const base = itemSeconds[itemKey] ?? 0;
  return itemKey === runningKey ? base + Math.max(0, Math.floor((now - receivedAt) / 1000)) : base;
}

/** 75 -> "1:15", 3725 -> "1:02:05". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The agenda order after moving one item up (-1) or down (+1); unchanged at the ends. */
export function moveKey(keys: readonly string[], index: number, delta: -1 | 1): string[] {
  const to = index + delta;
  if (index < 0 || index >= keys.length || to < 0 || to >= keys.length) return [...keys];
  const out = [...keys];
  const [moved] = out.splice(index, 1);
  if (moved !== undefined) out.splice(to, 0, moved);
  return out;
}

const attr = (value: string): string => value.replace(/["\\]/g, '\\$&');

const PANEL_SELECTORS: Record<string, string> = {
  goals: '[data-testid="goals-panel"]',
  services: '[data-testid="services-panel"]',
  accommodations: '[data-testid="accommodations-panel"]',
  areasOfNeed: '[data-testid="areas-of-need-panel"]',
  transitionGoals: '[data-testid="transition-goals-panel"]',
};

/** The agenda row of an item (in the meeting panel). */
export const agendaRowSelector = (itemKey: string): string => `[data-agenda-key="${attr(itemKey)}"]`;

/**
 * Where a part lives on the page, best first. Records use the same element ids as the compliance
 * panel's "Go to the field" (ids.ts); fragments their editor; roots their panel. The annual review
 * date has no field on the page, so its compliance check stands for it.
 */
export function partSelectors(part: string): string[] {
  if (isFragment(part)) return [`[data-testid="editor-${part}"]`];
  if (part === 'plan/annualReviewDate') return ['[data-testid="compliance-panel"]'];
  const [root = ''] = part.split('/');
  const record = recordElementId(part);
  const panel = PANEL_SELECTORS[root];
  return [...(record !== null ? [`[id="${attr(record)}"]`] : []), ...(panel !== undefined ? [panel] : [])];
}

/** Follow mode: an agenda item goes to its part (its row when it has none or the part is gone); a part to its place. */
export function followSelectors(target: DiscussTarget, agenda: readonly AgendaItem[]): string[] {
  if (target.kind === 'part') return partSelectors(target.part);
  const item = agenda.find((i) => i.key === target.key);
  const row = agendaRowSelector(target.key);
  return item?.part ? [...partSelectors(item.part), row] : [row];
}

/** Identity of one "now discussing" move: the same target chosen again later is a new move. */
export const discussingId = (state: Pick<MeetingState, 'nowDiscussing'>): string | null =>
  state.nowDiscussing === null ? null : `${targetKey(state.nowDiscussing.target)}@${state.nowDiscussing.since}`;

export interface MeetingsView {
  running: MeetingState | null;
  upcoming: MeetingState[];
  lastEnded: MeetingState | null;
}

/** What the section page shows: the running meeting, the upcoming ones (soonest first), the last ended. */
export function meetingsView(meetings: readonly MeetingState[]): MeetingsView {
  return {
    running: meetings.find((m) => m.status === 'in_progress') ?? null,
    upcoming: meetings
      .filter((m) => m.status === 'scheduled')
      .sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor)),
    lastEnded:
      meetings
        .filter((m) => m.status === 'ended')
        .sort((a, b) => (b.endedAt ?? '').localeCompare(a.endedAt ?? ''))[0] ?? null,
  };
}

/** The team as far as the client knows it: everyone invited to or present at any meeting. */
export function knownTeam(meetings: readonly MeetingState[]): MeetingState['invited'] {
  const byId = new Map<string, MeetingState['invited'][number]>();
  for (const m of meetings)
    for (const p of [...m.invited, ...m.participants])
      if (!byId.has(p.userId)) byId.set(p.userId, { userId: p.userId, name: p.name, role: p.role });
  return [...byId.values()];
}

/** A meeting state from the socket or an answer, merged into the section's list (newest first). */
export function mergeMeeting(list: readonly MeetingState[] | undefined, state: MeetingState): MeetingState[] {
  const current = list ?? [];
  return current.some((m) => m.id === state.id)
    ? current.map((m) => (m.id === state.id ? state : m))
    : [state, ...current];
}

/** "Ann Lee (Teacher)": the role after the name, unless the name already carries it. */
export function nameWithRole(name: string, roleText: string): string {
  return name.toLowerCase().includes(`(${roleText.toLowerCase()})`) ? name : `${name} (${roleText})`;
}
