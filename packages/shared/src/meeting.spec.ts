import {
  agendaKeySchema,
  attendanceLines,
  discussTargetSchema,
  excusalMissing,
  itemSeconds,
  orderAgenda,
  scheduleMeetingSchema,
  type AgendaItem,
  type AttendanceSegment,
} from './meeting';

const seg = (
  userId: string,
  joinedAt: string,
  endedAt: string | null,
  endReason: AttendanceSegment['endReason'] = 'left',
  mode: AttendanceSegment['mode'] = 'video',
): AttendanceSegment => ({
  userId,
  joinedAt: `2026-11-22T${joinedAt}:00.000Z`,
  endedAt: endedAt ? `2026-11-22T${endedAt}:00.000Z` : null,
  endReason: endedAt ? endReason : null,
  mode,
  interpreter: false,
});

describe('attendance timing', () => {
  it('adds the stretches of one person, counting a drop and a rejoin as time away', () => {
    const [line] = attendanceLines(
      [seg('p', '10:00', '10:20', 'dropped'), seg('p', '10:25', '10:55', 'left', 'phone')],
      '2026-11-22T11:00:00.000Z',
    );
    expect(line).toMatchObject({
      minutes: 50,
      drops: 1,
      modes: ['video', 'phone'],
      firstJoinedAt: '2026-11-22T10:00:00.000Z',
      lastLeftAt: '2026-11-22T10:55:00.000Z',
    });
  });

  it('counts overlapping stretches (two tabs) once and runs an open stretch to now', () => {
    const [line] = attendanceLines([seg('t', '10:00', null), seg('t', '10:10', '10:30')], '2026-11-22T10:45:00.000Z');
    expect(line).toMatchObject({ minutes: 45, lastLeftAt: null, drops: 0 });
  });

  it('lists people in the order they first arrived', () => {
    const lines = attendanceLines(
      [seg('late', '10:30', '11:00'), seg('early', '09:55', '11:00')],
      '2026-11-22T11:00:00.000Z',
    );
    expect(lines.map((l) => l.userId)).toEqual(['early', 'late']);
  });
});

describe('agenda', () => {
  const item = (key: string): AgendaItem => ({ key, kind: 'check', title: key, part: null, state: null });

  it('keeps the facilitator’s order and puts new items after it in built order', () => {
    expect(orderAgenda([item('a'), item('b'), item('c'), item('d')], ['c', 'a']).map((i) => i.key)).toEqual([
      'c',
      'a',
      'b',
      'd',
    ]);
    expect(orderAgenda([item('a')], ['gone', 'a']).map((i) => i.key)).toEqual(['a']);
  });

  it('times the running item up to now without changing the stored seconds', () => {
    const stored = { a: 30 };
    expect(itemSeconds(stored, { key: 'a', since: '2026-11-22T10:00:00.000Z' }, '2026-11-22T10:01:00.000Z')).toEqual({
      a: 90,
    });
    expect(itemSeconds(stored, { key: 'b', since: '2026-11-22T10:00:00.000Z' }, '2026-11-22T10:00:05.000Z')).toEqual({
      a: 30,
      b: 5,
    });
    expect(stored).toEqual({ a: 30 });
  });
});

describe('excusal rule (IDEA 300.321(e))', () => {
  it('needs the parent’s consent always and the member’s written input when their area is discussed', () => {
    expect(excusalMissing({ areaDiscussed: false, parentConsentAt: null, writtenInputAt: null })).toEqual([
      'parent_consent',
    ]);
    expect(excusalMissing({ areaDiscussed: true, parentConsentAt: 'x', writtenInputAt: null })).toEqual([
      'written_input',
    ]);
    expect(excusalMissing({ areaDiscussed: true, parentConsentAt: 'x', writtenInputAt: 'y' })).toEqual([]);
  });
});

describe('scheduling input', () => {
  it('takes an https video link only and an ISO time with an offset', () => {
    const at = '2026-12-01T15:00:00.000Z';
    expect(scheduleMeetingSchema.safeParse({ scheduledFor: at, videoUrl: 'https://meet.example.org/x' }).success).toBe(
      true,
    );
    expect(scheduleMeetingSchema.safeParse({ scheduledFor: at, videoUrl: 'http://meet.example.org/x' }).success).toBe(
      false,
    );
    expect(scheduleMeetingSchema.safeParse({ scheduledFor: at, videoUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(scheduleMeetingSchema.safeParse({ scheduledFor: 'next Tuesday' }).success).toBe(false);
  });
});

describe('what a meeting event may name (its shape; the server checks the agenda)', () => {
  const id = '3f2b6c1e-8a4d-4e6f-9b1a-2c3d4e5f6a7b';
  it('takes the agenda key kinds the server builds, and nothing else', () => {
    for (const key of [
      `thread:${id}`,
      `parent_input:${id}`,
      `proposal:${id}`,
      `custom:${id}`,
      'check:goal_measurable:goals/g1',
      'check:parent_concerns_present:parentConcerns',
    ]) {
      expect(agendaKeySchema.safeParse(key).success).toBe(true);
    }
    for (const key of ['thread:abc', `comment:${id}`, `thread:${id} `, 'part:goals', `check:x:${'a'.repeat(200)}`])
      expect(agendaKeySchema.safeParse(key).success).toBe(false);
  });

  it('points at a part of the section only: a text part, a panel, or one of its records', () => {
    for (const part of ['presentLevels', 'goals', 'services/s1', `goals/${id}`])
      expect(discussTargetSchema.safeParse({ kind: 'part', part }).success).toBe(true);
    for (const part of ['meetingNotes', `meetingNotes/${id}`, 'goals/../x', 'plan/annualReviewDate', `thread:${id}`])
      expect(discussTargetSchema.safeParse({ kind: 'part', part }).success).toBe(false);
  });
});
