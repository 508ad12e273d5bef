import type { MeetingDigest, MeetingSummary } from '@iep/shared';

/**
 * What a notification keeps of a meeting's summary (what its reader may see of it): codes and
 * values only, so the reader's client and mail put it into words in the reader's language.
 */
export function meetingDigest(summary: MeetingSummary, notes: string, startedAt: Date | null): MeetingDigest {
  return {
    startedAt: startedAt ? startedAt.toISOString() : null,
    attendance: [
      ...summary.attendance.map((a) => ({ name: a.name, role: a.role, minutes: a.minutes, excused: false })),
      ...summary.excused.map((e) => ({ name: e.name, role: e.role, minutes: 0, excused: true })),
    ],
    decisions: summary.decisions.map((d) => ({ kind: d.kind, title: d.title })),
    open: summary.open.map((o) => ({ kind: o.kind, title: o.title, part: o.part })),
    notes: notes.trim(),
  };
}
