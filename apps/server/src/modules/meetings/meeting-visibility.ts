import { Injectable } from '@nestjs/common';
import {
  can,
  THREAD_VISIBILITIES,
  type Actor,
  type MeetingState,
  type MeetingSummary,
  type SectionStatus,
  type ThreadVisibility,
} from '@iep/shared';
import { MeetingItemsRepository, type NamedThread } from './meeting-items.repository';
import { targetKey } from './meeting-view';

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** The key kinds a meeting knows: agenda items, and `part:<part>` for time on a part of the section. */
const KEY_KINDS: readonly string[] = ['parent_input', 'thread', 'proposal', 'check', 'custom', 'part'];
const THREAD_KINDS: readonly string[] = ['parent_input', 'thread'];

/** Every id in a key, in lower case (whatever kind of key, whatever the id stands for). */
const idsIn = (key: string): string[] => (key.match(UUIDS) ?? []).map((id) => id.toLowerCase());

/** The thread visibilities a person may see on a section: the comments' rule, asked of the policy. */
export function threadVisibilitiesOf(actor: Actor, status: SectionStatus): ThreadVisibility[] {
  return THREAD_VISIBILITIES.filter((visibility) => can(actor, 'thread.view', { status, visibility }));
}

/**
 * What the two socket.io rooms of a section hear. The realtime gateway puts into the staff room
 * exactly those who may view staff-only threads (`can(…, 'thread.view', { visibility: 'staff' })`),
 * so everyone else in the section room, the family first, sees at most the other visibilities.
 */
export const ROOM_VISIBILITIES: { section: readonly ThreadVisibility[]; staff: readonly ThreadVisibility[] } = {
  section: THREAD_VISIBILITIES.filter((visibility) => visibility !== 'staff'),
  staff: THREAD_VISIBILITIES,
};

const pick = (seconds: Record<string, number>, keep: (key: string) => boolean): Record<string, number> =>
  Object.fromEntries(Object.entries(seconds).filter(([key]) => keep(key)));

/** Every key a meeting state carries: agenda items, now discussing, timers, and the summary's. */
export function keysOfState(state: MeetingState): string[] {
  return [
    ...state.agenda.map((item) => item.key),
    ...(state.nowDiscussing ? [targetKey(state.nowDiscussing.target)] : []),
    ...Object.keys(state.itemSeconds),
    ...(state.summary ? keysOfSummary(state.summary) : []),
  ];
}

export function keysOfSummary(summary: MeetingSummary): string[] {
  return [...summary.open.map((item) => item.key), ...Object.keys(summary.itemSeconds)];
}

/**
 * A meeting seen through the thread visibility filter. A key reaches a reader only when it is of a
 * kind the meeting knows and every thread it names is a thread of this section in a visibility the
 * reader may see (the same filter the thread lists apply); a thread key must name such a thread.
 * Whatever is stored (an older build's staff-only key included), this is what leaves the server.
 */
export class MeetingLens {
  constructor(
    private readonly sectionId: string,
    private readonly threads: ReadonlyMap<string, NamedThread>,
  ) {}

  sees(key: string, visibilities: readonly ThreadVisibility[]): boolean {
    const colon = key.indexOf(':');
    const kind = colon > 0 ? key.slice(0, colon) : '';
    if (!KEY_KINDS.includes(kind)) return false;
    if (THREAD_KINDS.includes(kind) && !this.threads.has(key.slice(colon + 1).toLowerCase())) return false;
    return idsIn(key).every((id) => {
      const thread = this.threads.get(id);
      return thread === undefined || (thread.sectionId === this.sectionId && visibilities.includes(thread.visibility));
    });
  }

  state(state: MeetingState, visibilities: readonly ThreadVisibility[]): MeetingState {
    const sees = (key: string): boolean => this.sees(key, visibilities);
    return {
      ...state,
      agenda: state.agenda.filter((item) => sees(item.key)),
      nowDiscussing: state.nowDiscussing && sees(targetKey(state.nowDiscussing.target)) ? state.nowDiscussing : null,
      itemSeconds: pick(state.itemSeconds, sees),
      summary: state.summary ? this.summary(state.summary, visibilities) : null,
    };
  }

  summary(summary: MeetingSummary, visibilities: readonly ThreadVisibility[]): MeetingSummary {
    const sees = (key: string): boolean => this.sees(key, visibilities);
    return {
      ...summary,
      open: summary.open.filter((item) => sees(item.key)),
      itemSeconds: pick(summary.itemSeconds, sees),
    };
  }
}

/** Builds lenses: looks up the threads the ids in a meeting's keys name. */
@Injectable()
export class MeetingVisibility {
  constructor(private readonly items: MeetingItemsRepository) {}

  async lens(sectionId: string, keys: readonly string[]): Promise<MeetingLens> {
    const ids = [...new Set(keys.flatMap(idsIn))];
    return new MeetingLens(sectionId, await this.items.threadsNamed(ids));
  }
}
