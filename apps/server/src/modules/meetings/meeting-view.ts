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

export const discussingOf = (row: Pick<MeetingRow, 'nowDiscussing'>): Discussing | null => (row.nowDiscussing as unknown as Discussing | null) ?? null;
export const secondsOf = (row: Pick<MeetingRow, 'itemSeconds'>): Record<string, number> => (row.itemSeconds as unknown as Record<string, number>) ?? {};
export const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
export const customItemsOf = (row: Pick<MeetingRow, 'customItems'>): { key: string; title: string }[] =>
  Array.isArray(row.customItems) ? (row.customItems as unknown as { key: string; title: string }[]) : [];

/** The agenda key a discussion target counts time against (a part of the section counts as itself). */
export const targetKey = (target: DiscussTarget): string => (target.kind === 'agenda' ? target.key : `part:${target.part}`);

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

/** The meeting as every team member sees it (the agenda holds nothing staff-only). */
export function meetingState(row: MeetingRow, team: readonly TeamMember[], agenda: readonly AgendaItem[], now = new Date()): MeetingState {
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
    itemSeconds: itemSeconds(secondsOf(row), discussing ? { key: targetKey(discussing.target), since: discussing.since } : null, now.toISOString()),
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
        missing: excusalMissing({ areaDiscussed: e.areaDiscussed, parentConsentAt: iso(e.parentConsentAt), writtenInputAt: iso(e.writtenInputAt) }),
      };
    }),
    summary: (row.summary as unknown as MeetingSummary | null) ?? null,
  };
}
