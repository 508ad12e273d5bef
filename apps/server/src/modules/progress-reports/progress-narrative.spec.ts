import { draftNarrative, formatValue, suggestCode, trendOf, type GoalInPeriod } from './progress-narrative';

const goal = (points: [string, number][], over: Partial<GoalInPeriod> = {}): GoalInPeriod => ({
  scale: 'percent',
  target: 80,
  baseline: 20,
  points: points.map(([date, value]) => ({ date, value })),
  ...over,
});
const period = { start: '2026-09-01', end: '2026-11-30' };

describe('progress narratives drafted from a goal’s data', () => {
  it('suggests a code: no data, rising, flat or falling, the criterion met', () => {
    expect(suggestCode(goal([]))).toBe('not_begun');
    expect(
      suggestCode(
        goal([
          ['2026-09-10', 40],
          ['2026-11-05', 60],
        ]),
      ),
    ).toBe('progressing');
    expect(
      suggestCode(
        goal([
          ['2026-09-10', 40],
          ['2026-11-05', 42],
        ]),
      ),
    ).toBe('emerging');
    expect(
      suggestCode(
        goal([
          ['2026-09-10', 60],
          ['2026-11-05', 40],
        ]),
      ),
    ).toBe('emerging');
    expect(
      suggestCode(
        goal([
          ['2026-09-10', 60],
          ['2026-11-05', 80],
        ]),
      ),
    ).toBe('achieved');
  });

  it('reads a shorter time as better for a duration goal', () => {
    const timed = goal(
      [
        ['2026-09-10', 300],
        ['2026-11-05', 200],
      ],
      { scale: 'duration', target: 120, baseline: null },
    );
    expect(trendOf(timed)).toBe('down');
    expect(suggestCode(timed)).toBe('progressing');
    expect(formatValue('duration', 125, 'en')).toBe('2 min 5 s');
  });

  it('says the count, the first and latest values, the trend and the goal, in English and Spanish', () => {
    const g = goal([
      ['2026-09-10', 40],
      ['2026-10-08', 60],
      ['2026-11-05', 60],
    ]);
    expect(draftNarrative(g, period, 'en')).toBe(
      'Between September 1, 2026 and November 30, 2026, 3 measurements were taken. The first was 40% on September 10, 2026; the most recent was 60% on November 5, 2026. Over the period the results went up. The goal is 80%.',
    );
    const es = draftNarrative(g, period, 'es');
    expect(es).toContain('Se tomaron 3 mediciones');
    expect(es).toContain('La primera fue 40% el 10 de septiembre de 2026');
    expect(draftNarrative(goal([]), period, 'en')).toContain('No data was recorded');
    expect(draftNarrative(goal([], { scale: 'rubric' }), period, 'es')).toContain('No se registraron datos');
  });
});
