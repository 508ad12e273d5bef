import type { Participant } from '@iep/shared';
import { attendanceChanges } from './announcements';

const person = (userId: string, state: Participant['state']): Participant => ({
  userId,
  name: `Name ${userId}`,
  role: 'teacher',
  mode: 'video',
  interpreter: false,
  state,
  since: '2026-12-01T10:00:00.000Z',
});

describe('attendanceChanges (what a screen reader hears about the people)', () => {
  it('says nothing on arrival, whoever is already there', () => {
    expect(attendanceChanges(null, [person('a', 'present')], 'me')).toEqual([]);
  });

  it('announces a join, a drop, a return and a departure once each, never the reader themself', () => {
    const before = [person('a', 'present'), person('b', 'present'), person('c', 'dropped'), person('me', 'present')];
    const after = [person('b', 'dropped'), person('c', 'present'), person('d', 'present'), person('me', 'dropped')];
    expect(attendanceChanges(before, after, 'me')).toEqual([
      { key: 'meetingDock.announce.dropped', name: 'Name b' },
      { key: 'meetingDock.announce.joined', name: 'Name c' },
      { key: 'meetingDock.announce.joined', name: 'Name d' },
      { key: 'meetingDock.announce.left', name: 'Name a' },
    ]);
    expect(attendanceChanges(after, after, 'me')).toEqual([]);
  });
});
