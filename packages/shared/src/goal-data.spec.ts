import { can } from './policy';
import {
  dataPointFieldsSchema,
  dayNumber,
  goalMeasure,
  kindsFor,
  plotValue,
  readMeasure,
  trendLine,
  trialsPercentage,
} from './goal-data';

const base = { goalId: 'goal-1', date: '2026-11-02' };
const issues = (input: unknown) => {
  const r = dataPointFieldsSchema.safeParse(input);
  return r.success
    ? []
    : r.error.issues.map((i) => [i.path.join('.'), (i as { params?: { code?: string } }).params?.code]);
};

describe('the goal data contract', () => {
  it('takes a point of each kind and computes the plotted value', () => {
    for (const value of [
      { kind: 'trials', correct: 3, total: 5 },
      { kind: 'percentage', percentage: 72.5 },
      { kind: 'rubric', level: 4 },
      { kind: 'duration', seconds: 95 },
    ]) {
      const parsed = dataPointFieldsSchema.parse({ ...base, value });
      expect(parsed).toMatchObject({ note: '', sessionId: null });
    }
    expect(plotValue({ kind: 'trials', correct: 3, total: 5 })).toBe(60);
    expect(plotValue({ kind: 'trials', correct: 2, total: 3 })).toBe(66.7);
    expect(plotValue({ kind: 'duration', seconds: 95 })).toBe(95);
    expect(trialsPercentage(0, 4)).toBe(0);
  });

  it('refuses correct over total, no trials, a percentage outside 0..100 and a level outside 1..5 with one code', () => {
    const code = 'DATA_POINT_VALUE_INVALID';
    expect(issues({ ...base, value: { kind: 'trials', correct: 6, total: 5 } })).toEqual([['value.correct', code]]);
    expect(issues({ ...base, value: { kind: 'trials', correct: 0, total: 0 } })).toEqual([['value.total', code]]);
    expect(issues({ ...base, value: { kind: 'percentage', percentage: 101 } })).toEqual([['value.percentage', code]]);
    expect(issues({ ...base, value: { kind: 'percentage', percentage: -1 } })).toEqual([['value.percentage', code]]);
    expect(issues({ ...base, value: { kind: 'rubric', level: 6 } })).toEqual([['value.level', code]]);
    expect(issues({ ...base, value: { kind: 'duration', seconds: 0 } })).toEqual([['value.seconds', code]]);
    // Shape errors are not value errors: they carry no code of their own.
    expect(issues({ ...base, value: { kind: 'trials', correct: 1.5, total: 5 } })).toEqual([
      ['value.correct', undefined],
    ]);
    expect(issues({ ...base, value: { kind: 'height', cm: 3 } }).length).toBe(1);
    expect(issues({ ...base, value: { kind: 'rubric', level: 3 }, extra: 1 }).length).toBe(1);
  });

  it('reads the measure a goal names in its criterion, and the baseline on the same scale', () => {
    expect(readMeasure('in 4 of 5 trials')).toEqual({ scale: 'percent', value: 80 });
    expect(readMeasure('en 4 de 5 intentos')).toEqual({ scale: 'percent', value: 80 });
    expect(readMeasure('with 90% accuracy')).toEqual({ scale: 'percent', value: 90 });
    expect(readMeasure('at level 4 of the handwriting rubric')).toEqual({ scale: 'rubric', value: 4 });
    expect(readMeasure('within 2 minutes')).toEqual({ scale: 'duration', value: 120 });
    expect(readMeasure('en 45 segundos')).toEqual({ scale: 'duration', value: 45 });
    expect(readMeasure('independently')).toBeNull();
    expect(goalMeasure({ criterion: '4 of 5 trials', baseline: 'copies legibly in 1 of 5 trials' })).toEqual({
      scale: 'percent',
      target: 80,
      baseline: 20,
    });
    expect(goalMeasure({ criterion: 'level 4', baseline: 'works at level 2' })).toEqual({
      scale: 'rubric',
      target: 4,
      baseline: 2,
    });
    expect(goalMeasure({ criterion: 'independently', baseline: '' })).toEqual({
      scale: null,
      target: null,
      baseline: null,
    });
  });

  it('takes the kinds of the goal’s scale, or of its earlier points when the criterion names none', () => {
    expect(kindsFor({ scale: 'percent', target: 80, baseline: null })).toEqual(['trials', 'percentage']);
    expect(kindsFor({ scale: 'rubric', target: 4, baseline: null })).toEqual(['rubric']);
    expect(kindsFor({ scale: null, target: null, baseline: null })).toHaveLength(4);
    expect(kindsFor({ scale: null, target: null, baseline: null }, ['duration'])).toEqual(['duration']);
  });

  it('draws the least-squares trend through the points', () => {
    expect(trendLine([{ x: 0, y: 1 }])).toBeNull();
    expect(
      trendLine([
        { x: 1, y: 1 },
        { x: 1, y: 3 },
      ]),
    ).toBeNull();
    const line = trendLine([
      { x: 0, y: 20 },
      { x: 7, y: 40 },
      { x: 14, y: 60 },
    ]);
    expect(line?.slope).toBeCloseTo(20 / 7);
    expect(line?.intercept).toBeCloseTo(20);
    const noisy = trendLine([
      { x: 0, y: 0 },
      { x: 1, y: 2 },
      { x: 2, y: 1 },
    ]);
    expect(noisy).toEqual({ slope: 0.5, intercept: 0.5 });
    expect(dayNumber('1970-01-08')).toBe(7);
  });

  it('lets the OT and the OTA record on an approved plan, and everyone on the team read', () => {
    const actor = (role: 'ot' | 'ota' | 'teacher' | 'parent' | 'admin') => ({ userId: 'u', role });
    expect(can(actor('ot'), 'goalData.record', { status: 'approved' })).toBe(true);
    expect(can(actor('ota'), 'goalData.record', { status: 'approved' })).toBe(true);
    expect(can(actor('ot'), 'goalData.record', { status: 'draft' })).toBe(false);
    expect(can(actor('teacher'), 'goalData.record', { status: 'approved' })).toBe(false);
    expect(can(actor('parent'), 'goalData.record', { status: 'approved' })).toBe(false);
    for (const role of ['ot', 'ota', 'teacher', 'parent', 'admin'] as const)
      expect(can(actor(role), 'goalData.view', { status: 'approved' })).toBe(true);
  });
});
