import {
  dayNumber,
  isFinalPoint,
  trendLine,
  type DataPointView,
  type GoalMeasure,
  type MeasureScale,
} from '@iep/shared';

/** The drawing area of a goal chart, in SVG units (the SVG scales to its box). */
/** Narrow, so its labels stay readable when a phone scales it down. */
export const CHART = { width: 480, height: 250, left: 50, right: 14, top: 14, bottom: 34 } as const;

export interface ChartPoint {
  id: string;
  date: string;
  value: number;
  cx: number;
  cy: number;
  /** An OTA's point awaiting the supervising OT's co-signature: drawn hollow, left out of the trend. */
  pending: boolean;
}

export interface ChartLine {
  value: number;
  y: number;
}

export interface ChartModel {
  scale: MeasureScale;
  yMin: number;
  yMax: number;
  yTicks: { value: number; y: number }[];
  points: ChartPoint[];
  baseline: ChartLine | null;
  criterion: ChartLine | null;
  /** The least-squares line from the first day to the last, and its values there. */
  trend: { x1: number; y1: number; x2: number; y2: number; from: number; to: number } | null;
  xLabels: { date: string; x: number }[];
}

const niceMax = (max: number): number => {
  if (max <= 60) return 60;
  const step = max <= 300 ? 60 : max <= 1200 ? 300 : 600;
  return Math.ceil(max / step) * step;
};

/** The y range of a scale: percent 0..100, rubric 0..5, duration from 0 to a whole number of minutes above the data. */
function range(scale: MeasureScale, values: number[]): { min: number; max: number; ticks: number[] } {
  if (scale === 'percent') return { min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100] };
  if (scale === 'rubric') return { min: 0, max: 5, ticks: [1, 2, 3, 4, 5] };
  const max = niceMax(Math.max(0, ...values) * 1.1);
  const step = max / 4;
  return { min: 0, max, ticks: [0, step, 2 * step, 3 * step, max] };
}

/** Where the chart draws the points, the baseline, the criterion and the trend of one goal's data. */
export function chartModel(points: DataPointView[], measure: GoalMeasure, scale: MeasureScale): ChartModel {
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const days = sorted.map((p) => dayNumber(p.date));
  const first = days[0] ?? 0;
  const last = days[days.length - 1] ?? 0;
  // One day, or none: a week either side, so a lone point sits in the middle.
  const x0 = first === last ? first - 7 : first;
  const x1 = first === last ? last + 7 : last;
  const lines = [measure.baseline, measure.target].filter((v): v is number => v !== null);
  const { min, max, ticks } = range(scale, [...sorted.map((p) => p.value), ...lines]);
  const plotW = CHART.width - CHART.left - CHART.right;
  const plotH = CHART.height - CHART.top - CHART.bottom;
  const x = (day: number) => CHART.left + ((day - x0) / (x1 - x0)) * plotW;
  const y = (v: number) => CHART.top + (1 - (Math.min(max, Math.max(min, v)) - min) / (max - min)) * plotH;
  const line = (v: number | null): ChartLine | null => (v === null ? null : { value: v, y: y(v) });
  // The trend is the final data's: a point waiting for the co-signature is shown, not yet counted.
  const fit = trendLine(sorted.flatMap((p, i) => (isFinalPoint(p) ? [{ x: days[i] ?? 0, y: p.value }] : [])));
  const at = (day: number) => (fit ? fit.intercept + fit.slope * day : 0);
  const firstPoint = sorted[0];
  const lastPoint = sorted[sorted.length - 1];
  return {
    scale,
    yMin: min,
    yMax: max,
    yTicks: ticks.map((value) => ({ value, y: y(value) })),
    points: sorted.map((p, i) => ({
      id: p.id,
      date: p.date,
      value: p.value,
      cx: x(days[i] ?? 0),
      cy: y(p.value),
      pending: !isFinalPoint(p),
    })),
    baseline: line(measure.baseline),
    criterion: line(measure.target),
    trend: fit ? { x1: x(first), y1: y(at(first)), x2: x(last), y2: y(at(last)), from: at(first), to: at(last) } : null,
    xLabels:
      firstPoint && lastPoint
        ? firstPoint.date === lastPoint.date
          ? [{ date: firstPoint.date, x: x(first) }]
          : [
              { date: firstPoint.date, x: x(first) },
              { date: lastPoint.date, x: x(last) },
            ]
        : [],
  };
}
