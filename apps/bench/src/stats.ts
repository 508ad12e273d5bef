/** A figure over the rounds that measured it: the median, the lowest and the highest. */
export interface Spread {
  median: number | null;
  min: number | null;
  max: number | null;
  /** How many rounds gave a value. */
  n: number;
}

/** The median (the mean of the middle two for an even count), min and max of the finite values. */
export function spread(values: (number | null | undefined)[]): Spread {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return { median: null, min: null, max: null, n: 0 };
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 === 1 ? (xs[mid] ?? null) : ((xs[mid - 1] ?? 0) + (xs[mid] ?? 0)) / 2;
  return { median, min: xs[0] ?? null, max: xs[xs.length - 1] ?? null, n: xs.length };
}
