import {
  clockTime,
  isMakeUpOwed,
  minuteOfDay,
  monthSummary,
  periodAround,
  serviceSessionFieldsSchema,
} from './service-log';

describe('the service log contract', () => {
  it('finds the calendar week (from Monday) and month around a date', () => {
    expect(periodAround('2026-11-15', 'month')).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(periodAround('2027-02-10', 'month')).toEqual({ start: '2027-02-01', end: '2027-02-28' });
    // 2026-12-02 is a Wednesday; 2026-12-06 a Sunday.
    expect(periodAround('2026-12-02', 'week')).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(periodAround('2026-12-06', 'week')).toEqual({ start: '2026-11-30', end: '2026-12-06' });
  });

  it('owes a make-up only for a session the school missed', () => {
    expect(isMakeUpOwed('missed', 'provider_absent')).toBe(true);
    expect(isMakeUpOwed('missed', 'school_event')).toBe(true);
    expect(isMakeUpOwed('missed', 'student_absent')).toBe(false);
    expect(isMakeUpOwed('missed', 'student_refused')).toBe(false);
    expect(isMakeUpOwed('delivered', null)).toBe(false);
  });

  it('reads and writes clock times as minutes of the day', () => {
    expect(minuteOfDay('09:30')).toBe(570);
    expect(clockTime(570)).toBe('09:30');
    expect(clockTime(0)).toBe('00:00');
  });

  it('refuses a group without its size, a missed session without a reason, and a missed make-up', () => {
    const base = {
      date: '2026-11-02',
      startTime: '09:00',
      endTime: '09:30',
      grouping: 'individual',
      model: 'push_in',
      setting: 'remote',
      status: 'delivered',
    };
    expect(serviceSessionFieldsSchema.safeParse(base).success).toBe(true);
    const bad = [
      { grouping: 'group' },
      { groupSize: 3 },
      { status: 'missed' },
      { missedReason: 'student_absent' },
      { status: 'missed', missedReason: 'provider_absent', makeUpForId: '0b8f7a4e-6a55-4d2b-9d3e-2f1c7a9b8c01' },
      { goalIds: ['g1', 'g1'] },
      { endTime: '24:00' },
      { model: 'combined' },
    ];
    for (const over of bad)
      expect([over, serviceSessionFieldsSchema.safeParse({ ...base, ...over }).success]).toEqual([over, false]);
  });
});

describe('the family’s month in plain words', () => {
  const entry = (date: string, over: Partial<Parameters<typeof monthSummary>[2][number]> = {}) => ({
    date,
    status: 'delivered' as const,
    countsAsDelivered: true,
    makeUpOwed: false,
    makeUpScheduledFor: null,
    ...over,
  });
  const missed = { status: 'missed' as const, countsAsDelivered: false };

  it('counts the month’s sessions against the grid, the missed ones, and names the next make-up day', () => {
    const weekly = [{ frequency: 2, period: 'week' as const }];
    const entries = [
      ...['2026-10-05', '2026-10-07', '2026-10-12', '2026-10-14', '2026-10-19', '2026-10-21'].map((d) => entry(d)),
      entry('2026-10-26', { ...missed, makeUpOwed: true, makeUpScheduledFor: '2026-10-30' }),
      entry('2026-10-28', missed),
      entry('2026-09-30'),
    ];
    // October 2026 has four Mondays: 2 a week plans 8.
    expect(monthSummary('2026-10', weekly, entries, '2026-10-27')).toEqual({
      delivered: 6,
      planned: 8,
      missed: 2,
      owed: 1,
      nextMakeUp: '2026-10-30',
      unscheduled: 0,
    });
    // A make-up day already past is not "scheduled for" any more; an unscheduled one is counted.
    const later = monthSummary('2026-10', [{ frequency: 8, period: 'month' as const }], entries, '2026-10-31');
    expect([later.planned, later.nextMakeUp]).toEqual([8, null]);
    expect(monthSummary('2026-10', [], [entry('2026-10-01', { ...missed, makeUpOwed: true })], '2026-10-02')).toEqual(
      expect.objectContaining({ planned: null, unscheduled: 1, owed: 1 }),
    );
  });
});
