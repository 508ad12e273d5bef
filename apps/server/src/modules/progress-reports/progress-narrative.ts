import {
  dateTimeFormat,
  dayNumber,
  goalMeasure,
  scaleOfKind,
  trendLine,
  type DataPointKind,
  type GoalRecord,
  type MeasureScale,
  type NoticeLocale,
  type ProgressCode,
} from '@iep/shared';

/** What the drafter knows of one goal in the period. */
export interface GoalInPeriod {
  scale: MeasureScale | null;
  target: number | null;
  baseline: number | null;
  /** The period's points, oldest first. */
  points: { date: string; value: number }[];
}

/** A stored data point as the drafters read it. */
export interface StoredPoint {
  goalId: string;
  date: Date;
  kind: string;
  percentage: number | null;
  level: number | null;
  seconds: number | null;
}

const plotted = (p: StoredPoint): number =>
  p.kind === 'rubric' ? (p.level ?? 0) : p.kind === 'duration' ? (p.seconds ?? 0) : (p.percentage ?? 0);

/** A goal's text as one line: the condition, the behaviour and the criterion. */
export const goalText = (g: GoalRecord): string =>
  [g.condition, g.behavior, g.criterion].filter((t): t is string => !!t && t.trim() !== '').join(', ');

/** One goal's measure and its points among `all` (oldest first): its scale is the criterion's, else its first point's. */
export function goalInPeriod(g: GoalRecord, all: readonly StoredPoint[]): GoalInPeriod {
  const measure = goalMeasure(g);
  const mine = all.filter((p) => p.goalId === g.id);
  const firstKind = mine[0]?.kind as DataPointKind | undefined;
  const scale = measure.scale ?? (firstKind ? scaleOfKind(firstKind) : null);
  const points = mine.map((p) => ({ date: p.date.toISOString().slice(0, 10), value: plotted(p) }));
  return { scale, target: measure.target, baseline: measure.baseline, points };
}

export type Trend = 'up' | 'down' | 'flat';

/** Whether a lower value is the better one: durations ("within 2 minutes"), unless the baseline says otherwise. */
function lowerIsBetter(g: GoalInPeriod): boolean {
  if (g.target !== null && g.baseline !== null && g.target !== g.baseline) return g.target < g.baseline;
  return g.scale === 'duration';
}

/** The change the least-squares line makes over the period, as a direction; small changes are flat. */
export function trendOf(g: GoalInPeriod): Trend {
  const line = trendLine(g.points.map((p) => ({ x: dayNumber(p.date), y: p.value })));
  if (!line || g.points.length < 2) return 'flat';
  const first = g.points[0];
  const last = g.points[g.points.length - 1];
  if (!first || !last) return 'flat';
  const change = line.slope * (dayNumber(last.date) - dayNumber(first.date));
  const noise = g.scale === 'rubric' ? 0.5 : g.scale === 'duration' ? Math.max(5, first.value * 0.1) : 5;
  if (Math.abs(change) < noise) return 'flat';
  return change > 0 ? 'up' : 'down';
}

const meets = (g: GoalInPeriod, value: number): boolean =>
  g.target !== null && (lowerIsBetter(g) ? value <= g.target : value >= g.target);

/** The suggested code: no data, the criterion met, getting better, or data without a gain yet. */
export function suggestCode(g: GoalInPeriod): ProgressCode {
  const last = g.points[g.points.length - 1];
  if (!last) return 'not_begun';
  if (meets(g, last.value)) return 'achieved';
  const trend = trendOf(g);
  const better = lowerIsBetter(g) ? 'down' : 'up';
  return trend === better ? 'progressing' : 'emerging';
}

/** A value in plain words: 80%, level 3, 2 min 5 s. */
export function formatValue(scale: MeasureScale | null, value: number, locale: NoticeLocale): string {
  const n = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  if (scale === 'rubric') return `${locale === 'es' ? 'nivel' : 'level'} ${n(value)}`;
  if (scale === 'duration') {
    const m = Math.floor(value / 60);
    const s = Math.round(value % 60);
    return m > 0 ? `${m} min${s > 0 ? ` ${s} s` : ''}` : `${s} s`;
  }
  if (scale === 'percent') return `${n(value)}%`;
  return n(value);
}

export function formatDay(iso: string, locale: NoticeLocale): string {
  return dateTimeFormat(locale === 'es' ? 'es-ES' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

const WORDS = {
  en: {
    none: (from: string, to: string) => `No data was recorded toward this goal between ${from} and ${to}.`,
    // The number inside the sentence: an English sentence does not start with a numeral.
    count: (n: number, from: string, to: string) =>
      `Between ${from} and ${to}, ${n} ${n === 1 ? 'measurement was' : 'measurements were'} taken.`,
    one: (v: string, d: string) => `The result was ${v} on ${d}.`,
    firstLast: (v1: string, d1: string, v2: string, d2: string) =>
      `The first was ${v1} on ${d1}; the most recent was ${v2} on ${d2}.`,
    trend: {
      up: 'Over the period the results went up.',
      down: 'Over the period the results went down.',
      flat: 'Over the period the results stayed about the same.',
    },
    met: (t: string) => `The most recent result meets the goal (${t}).`,
    notMet: (t: string) => `The goal is ${t}.`,
  },
  es: {
    none: (from: string, to: string) => `No se registraron datos de esta meta entre el ${from} y el ${to}.`,
    count: (n: number, from: string, to: string) =>
      `Se ${n === 1 ? 'tomó 1 medición' : `tomaron ${n} mediciones`} entre el ${from} y el ${to}.`,
    one: (v: string, d: string) => `El resultado fue ${v} el ${d}.`,
    firstLast: (v1: string, d1: string, v2: string, d2: string) =>
      `La primera fue ${v1} el ${d1}; la más reciente fue ${v2} el ${d2}.`,
    trend: {
      up: 'Durante el período los resultados subieron.',
      down: 'Durante el período los resultados bajaron.',
      flat: 'Durante el período los resultados se mantuvieron parecidos.',
    },
    met: (t: string) => `El resultado más reciente cumple la meta (${t}).`,
    notMet: (t: string) => `La meta es ${t}.`,
  },
} as const;

/** The narrative the OT starts from: the numbers of the period in plain words, in the family's language. */
export function draftNarrative(g: GoalInPeriod, period: { start: string; end: string }, locale: NoticeLocale): string {
  const W = WORDS[locale];
  const from = formatDay(period.start, locale);
  const to = formatDay(period.end, locale);
  const first = g.points[0];
  const last = g.points[g.points.length - 1];
  if (!first || !last) return W.none(from, to);
  const v = (x: number) => formatValue(g.scale, x, locale);
  const d = (iso: string) => formatDay(iso, locale);
  const parts: string[] = [W.count(g.points.length, from, to)];
  if (g.points.length === 1) parts.push(W.one(v(first.value), d(first.date)));
  else {
    parts.push(W.firstLast(v(first.value), d(first.date), v(last.value), d(last.date)));
    parts.push(W.trend[trendOf(g)]);
  }
  if (g.target !== null) parts.push(meets(g, last.value) ? W.met(v(g.target)) : W.notMet(v(g.target)));
  return parts.join(' ');
}
