/**
 * Per-person limits on the sockets, so that one person (or one stolen session) flooding messages
 * or connections cannot slow everyone else down: a token bucket for socket.io events and a cap on
 * open sockets per person.
 */
export class EventBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {}

  /** Takes one token for the person; false when they are over the rate. */
  take(key: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      return false;
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    // Forget full buckets now and then so the map does not grow with every person ever seen.
    if (this.buckets.size > 10_000)
      for (const [k, b] of this.buckets) if (b.tokens >= this.burst) this.buckets.delete(k);
    return true;
  }
}

export class ConnectionCaps {
  private readonly open = new Map<string, number>();

  constructor(readonly max: number) {}

  /** Counts a new socket for the person; false (and not counted) when they are at the cap. */
  acquire(key: string): boolean {
    const n = this.open.get(key) ?? 0;
    if (n >= this.max) return false;
    this.open.set(key, n + 1);
    return true;
  }

  release(key: string): void {
    const n = (this.open.get(key) ?? 1) - 1;
    if (n <= 0) this.open.delete(key);
    else this.open.set(key, n);
  }
}
