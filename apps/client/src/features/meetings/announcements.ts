import type { ParseKeys } from 'i18next';
import type { Participant } from '@iep/shared';

export interface Announcement {
  key: ParseKeys;
  name: string;
}

/**
 * What a screen reader should hear about the people between two meeting states, once each:
 * who joined (or came back), whose connection dropped, who left. The first state (arriving) says nothing.
 */
export function attendanceChanges(
  before: readonly Participant[] | null,
  after: readonly Participant[],
  meId: string,
): Announcement[] {
  if (before === null) return [];
  const was = new Map(before.map((p) => [p.userId, p.state]));
  const out: Announcement[] = [];
  for (const p of after) {
    if (p.userId === meId) continue;
    const old = was.get(p.userId);
    if (p.state === 'present' && old !== 'present') out.push({ key: 'meetingDock.announce.joined', name: p.name });
    if (p.state === 'dropped' && old === 'present') out.push({ key: 'meetingDock.announce.dropped', name: p.name });
  }
  const now = new Set(after.map((p) => p.userId));
  for (const p of before)
    if (p.userId !== meId && p.state === 'present' && !now.has(p.userId))
      out.push({ key: 'meetingDock.announce.left', name: p.name });
  return out;
}
