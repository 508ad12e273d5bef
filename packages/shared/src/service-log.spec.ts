import { isMakeUpOwed, minuteOfDay, clockTime, periodAround, serviceSessionFieldsSchema } from './service-log';

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
