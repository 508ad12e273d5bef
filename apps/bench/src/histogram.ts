/** A mergeable latency histogram: log buckets 2% wide from 10 µs, exact count, sum, min and max. */
const BASE_MS = 0.01;
const GROWTH = 1.02;
const BUCKETS = 1000; // up to about 0.01 * 1.02^1000 ms: far beyond any run

export interface HistogramData {
  buckets: number[];
  count: number;
  sum: number;
  min: number;
  max: number;
}

export class Histogram {
  buckets = new Array<number>(BUCKETS).fill(0);
  count = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = 0;

  record(ms: number): void {
    const value = Math.max(ms, 0);
    const index = value <= BASE_MS ? 0 : Math.min(BUCKETS - 1, Math.ceil(Math.log(value / BASE_MS) / Math.log(GROWTH)));
    this.buckets[index] = (this.buckets[index] ?? 0) + 1;
    this.count += 1;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  merge(other: HistogramData): void {
    other.buckets.forEach((n, i) => (this.buckets[i] = (this.buckets[i] ?? 0) + n));
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  /** The value at quantile q (0..1): the upper edge of its bucket, never above the true max. */
  quantile(q: number): number | null {
    if (this.count === 0) return null;
    const rank = Math.ceil(q * this.count);
    let seen = 0;
    for (let i = 0; i < this.buckets.length; i++) {
      seen += this.buckets[i] ?? 0;
      if (seen >= rank) return Math.min(BASE_MS * GROWTH ** i, this.max);
    }
    return this.max;
  }

  toJSON(): HistogramData {
    return { buckets: this.buckets, count: this.count, sum: this.sum, min: this.min, max: this.max };
  }
}

export interface LatencySummary {
  count: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

export function summarize(h: Histogram): LatencySummary {
  return {
    count: h.count,
    p50: h.quantile(0.5),
    p95: h.quantile(0.95),
    p99: h.quantile(0.99),
    max: h.count > 0 ? h.max : null,
  };
}
