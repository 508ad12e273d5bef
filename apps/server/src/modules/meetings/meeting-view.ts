import {
  excusalMissing,
  itemSeconds,
  orderAgenda,
  type AgendaItem,
  type DiscussTarget,
  type MeetingState,
  type MeetingSummary,
  type Participant,
  type Role,
} from '@iep/shared';
import type { MeetingRow } from './meetings.repository';

export type TeamMember = { userId: string; name: string; role: Role };

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export interface Discussing {
  target: DiscussTarget;
  since: string;
}

export const discussingOf = (row: Pick<MeetingRow, 'nowDiscussing'>): Discussing | null =>
  (row.nowDiscussing as unknown as Discussing | null) ?? null;
export const secondsOf = (row: Pick<MeetingRow, 'itemSeconds'>): Record<string, number> =>
  (row.itemSeconds as unknown as Record<string, number>) ?? {};
export const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
export const customItemsOf = (row: Pick<MeetingRow, 'customItems'>): { key: string; title: string }[] =>
  Array.isArray(row.customItems) ? (row.customItems as unknown as { key: string; title: string }[]) : [];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stored summary, its keyed lists made sure of (an older build may have stored less): the
 * visibility filter reads every key in them.
 */
export function summaryOf(row: Pick<MeetingRow, 'summary'>): MeetingSummary | null {
  const stored: unknown = row.summary;
  if (!isRecord(stored)) return null;
  const open = Array.isArray(stored.open)
    ? stored.open.filter((item): item is AgendaItem => isRecord(item) && typeof item.key === 'string')
    : [];
  const seconds = isRecord(stored.itemSeconds) ? stored.itemSeconds : {};
  const itemSeconds = Object.fromEntries(
    Object.entries(seconds).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
  return { ...(stored as unknown as MeetingSummary), open, itemSeconds };
}

/** The agenda key a discussion target counts time against (a part of the section counts as itself). */
export const targetKey = (target: DiscussTarget): string =>
  target.kind === 'agenda' ? target.key : `part:${target.part}`;

/** Who is in the meeting now: an open stretch is present; a last stretch that dropped is dropped. */
export function participantsOf(row: MeetingRow, team: readonly TeamMember[]): Participant[] {
  const byUser = new Map<string, MeetingRow['attendance']>();
  for (const a of row.attendance) byUser.set(a.userId, [...(byUser.get(a.userId) ?? []), a]);
  const out: Participant[] = [];
  for (const [userId, stretches] of byUser) {
    const member = team.find((m) => m.userId === userId);
    const open = stretches.find((s) => s.endedAt === null);
    const last = stretches[stretches.length - 1];
    const current = open ?? (last?.endReason === 'dropped' && row.status === 'in_progress' ? last : undefined);
    if (!current) continue;
    out.push({
      userId,
      name: member?.name ?? '',
      role: member?.role ?? current.role,
      mode: current.mode,
      interpreter: stretches.some((s) => s.interpreter),
      state: open ? 'present' : 'dropped',
      since: (open ? open.joinedAt : (current.endedAt ?? current.joinedAt)).toISOString(),
    });
  }
  return out;
}

/**
 * The meeting as stored. Never sent as it is: MeetingLens cuts it to what its reader may see (the
 * agenda itself holds nothing staff-only, but a stored key might).
 */
export function meetingState(
  row: MeetingRow,
  team: readonly TeamMember[],
  agenda: readonly AgendaItem[],
  now = new Date(),
): MeetingState {
  const invitedIds = stringList(row.invited);
  const discussing = discussingOf(row);
  const facilitator = row.facilitatorId ? team.find((m) => m.userId === row.facilitatorId) : undefined;
  return {
    id: row.id,
    sectionId: row.sectionId,
    status: row.status,
    scheduledFor: row.scheduledFor.toISOString(),
    videoUrl: row.videoUrl,
    facilitator: facilitator ? { userId: facilitator.userId, name: facilitator.name } : null,
    startedAt: iso(row.startedAt),
    endedAt: iso(row.endedAt),
    invited: (invitedIds.length > 0 ? team.filter((m) => invitedIds.includes(m.userId)) : team).map((m) => ({ ...m })),
    participants: participantsOf(row, team),
    agenda: orderAgenda(agenda, stringList(row.agendaOrder)),
    nowDiscussing: discussing,
    itemSeconds: itemSeconds(
      secondsOf(row),
      discussing ? { key: targetKey(discussing.target), since: discussing.since } : null,
      now.toISOString(),
    ),
    excusals: row.excusals.map((e) => {
      const member = team.find((m) => m.userId === e.userId);
      return {
        id: e.id,
        userId: e.userId,
        name: member?.name ?? '',
        role: e.role,
        areaDiscussed: e.areaDiscussed,
        parentConsentAt: iso(e.parentConsentAt),
        parentConsentBy: e.parentConsentName,
        writtenInput: e.writtenInput,
        writtenInputAt: iso(e.writtenInputAt),
        confirmedAt: iso(e.confirmedAt),
        missing: excusalMissing({
          areaDiscussed: e.areaDiscussed,
          parentConsentAt: iso(e.parentConsentAt),
          writtenInputAt: iso(e.writtenInputAt),
        }),
      };
    }),
    summary: summaryOf(row),
  };
}
