import type { CosignStatus, DataPointView } from '@iep/shared';
import { CHART, chartModel } from './chartModel';

const point = (id: string, date: string, value: number, cosignStatus: CosignStatus = 'not_needed'): DataPointView => ({
  id,
  sectionId: 's',
  goalId: 'g',
  version: 1,
  date,
  kind: 'percentage',
  correct: null,
  total: null,
  percentage: value,
  level: null,
  seconds: null,
  value,
  note: '',
  sessionId: null,
  correctionReason: null,
  recordedBy: { name: 'Olivia Torres', role: 'ot' },
  recordedAt: '2026-11-02T10:00:00.000Z',
  cosignStatus,
  cosignedBy: null,
  cosignedAt: null,
});

describe('the goal chart’s geometry', () => {
  const measure = { scale: 'percent' as const, target: 80, baseline: 20 };

  it('places points by date and value, the criterion and baseline across, and the trend from first to last day', () => {
    const m = chartModel(
      [point('c', '2026-11-15', 60), point('a', '2026-11-01', 20), point('b', '2026-11-08', 40)],
      measure,
      'percent',
    );
    expect(m.points.map((p) => p.date)).toEqual(['2026-11-01', '2026-11-08', '2026-11-15']);
    expect(m.points[0]?.cx).toBe(CHART.left);
    expect(m.points[2]?.cx).toBe(CHART.width - CHART.right);
    const bottom = CHART.height - CHART.bottom;
    expect(m.points[0]?.cy).toBeCloseTo(bottom - 0.2 * (bottom - CHART.top));
    expect(m.criterion?.value).toBe(80);
    expect(m.baseline?.y).toBeCloseTo(m.points[0]?.cy ?? 0);
    expect(m.trend?.from).toBeCloseTo(20);
    expect(m.trend?.to).toBeCloseTo(60);
  });

  it('draws an OTA’s point awaiting the co-signature as pending and leaves it out of the trend', () => {
    const m = chartModel(
      [point('a', '2026-11-01', 20), point('b', '2026-11-08', 40), point('c', '2026-11-15', 100, 'awaiting')],
      measure,
      'percent',
    );
    expect(m.points.map((p) => p.pending)).toEqual([false, false, true]);
    expect(m.trend?.from).toBeCloseTo(20);
    // Still 20 points a week: the pending 100% does not bend the line.
    expect(m.trend?.to).toBeCloseTo(60);
  });

  it('centres a lone point and draws no trend through it', () => {
    const m = chartModel([point('a', '2026-11-01', 50)], measure, 'percent');
    expect(m.points[0]?.cx).toBeCloseTo((CHART.left + CHART.width - CHART.right) / 2);
    expect(m.trend).toBeNull();
    expect(m.xLabels).toHaveLength(1);
  });

  it('scales durations to whole minutes above the longest time', () => {
    const m = chartModel(
      [point('a', '2026-11-01', 150)],
      { scale: 'duration', target: 120, baseline: null },
      'duration',
    );
    expect(m.yMax).toBe(180);
    expect(m.yTicks.map((t) => t.value)).toEqual([0, 45, 90, 135, 180]);
  });
});
