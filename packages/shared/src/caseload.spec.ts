import { behindBalance, periodsBetween } from './caseload';

describe('the caseload’s periods and running shortfall', () => {
  it('starts at the first whole period after the plan starts and ends with the one holding the day', () => {
    expect(periodsBetween('2026-09-01', '2026-11-16', 'month').map((p) => p.start)).toEqual([
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
    ]);
    expect(periodsBetween('2026-09-02', '2026-11-16', 'month').map((p) => p.start)).toEqual([
      '2026-10-01',
      '2026-11-01',
    ]);
    // 2026-09-01 is a Tuesday: the first whole week starts on Monday the 7th.
    expect(periodsBetween('2026-09-01', '2026-09-20', 'week')).toEqual([
      { start: '2026-09-07', end: '2026-09-13' },
      { start: '2026-09-14', end: '2026-09-20' },
    ]);
  });

  it('adds each period’s shortfall, pays it back with a later surplus, and dates it from where it began', () => {
    const p = (start: string, delivered: number) => ({ start, end: start, delivered });
    expect(behindBalance(240, [p('2026-09-01', 240), p('2026-10-01', 150)])).toEqual({
      behindMinutes: 90,
      behindSince: '2026-10-01',
    });
    expect(behindBalance(240, [p('2026-09-01', 150), p('2026-10-01', 330)])).toEqual({
      behindMinutes: 0,
      behindSince: null,
    });
    expect(behindBalance(240, [p('2026-09-01', 200), p('2026-10-01', 240), p('2026-11-01', 0)])).toEqual({
      behindMinutes: 280,
      behindSince: '2026-09-01',
    });
    expect(behindBalance(240, [])).toEqual({ behindMinutes: 0, behindSince: null });
  });
});
