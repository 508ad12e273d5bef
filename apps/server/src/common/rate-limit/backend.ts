/**
 * Where attempts are counted: a sliding window per key (every attempt of the last `windowMs`, at
 * most `max` of them). `take` checks and counts in one atomic step, so attempts racing each other
 * can never all pass the check before any of them is counted.
 */
export interface RateLimitBackend {
  /**
   * Counts attempt `id` under `key` when fewer than `max` were counted in the last `windowMs`;
   * otherwise counts nothing and says in how many milliseconds the oldest counted one leaves.
   */
  take(key: string, id: string, max: number, windowMs: number, now: number): Promise<TakeResult>;
  /** Uncounts one attempt (work that turned out not to count, e.g. a correct password). */
  release(key: string, id: string): Promise<void>;
  /** Forgets every attempt under the key. */
  clear(key: string): Promise<void>;
}

export type TakeResult = { taken: true } | { taken: false; retryAfterMs: number };

/** Forget keys whose window has passed once this many are held. */
const SWEEP_AT_KEYS = 10_000;

/** One process's counts, for a single instance (no REDIS_URL) and while Redis is away. */
export class MemoryRateLimitBackend implements RateLimitBackend {
  private readonly entries = new Map<string, { attempts: { id: string; at: number }[]; until: number }>();

  take(key: string, id: string, max: number, windowMs: number, now: number): Promise<TakeResult> {
    const held = this.entries.get(key);
    const attempts = (held?.attempts ?? []).filter((a) => a.at > now - windowMs);
    if (attempts.length >= max) {
      const oldest = attempts[attempts.length - max]?.at ?? now;
      this.entries.set(key, { attempts, until: now + windowMs });
      return Promise.resolve({ taken: false, retryAfterMs: oldest + windowMs - now });
    }
    attempts.push({ id, at: now });
    this.entries.set(key, { attempts, until: now + windowMs });
    if (this.entries.size > SWEEP_AT_KEYS) this.sweep(now);
    return Promise.resolve({ taken: true });
  }

  release(key: string, id: string): Promise<void> {
    const held = this.entries.get(key);
    if (held) held.attempts = held.attempts.filter((a) => a.id !== id);
    return Promise.resolve();
  }

  clear(key: string): Promise<void> {
    this.entries.delete(key);
    return Promise.resolve();
  }

  private sweep(now: number): void {
    for (const [key, held] of this.entries) if (held.until <= now) this.entries.delete(key);
  }
}
