import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { MemoryRateLimitBackend, type RateLimitBackend } from './backend';
import type { RedisRateLimitBackend } from './redis-backend';

/** A limit: at most `max` attempts per subject in any `windowMs`. */
export interface RateRule {
  /** Names the limit in keys ("signin:account"). */
  name: string;
  max: number;
  windowMs: number;
}

/** Attempts counted before the work they guard; the work may then uncount or reset them. */
export interface Reservation {
  readonly ok: true;
  /** Uncounts these attempts (the work turned out not to count against the limits). */
  release(): Promise<void>;
  /** Forgets every attempt of the subject under the rule (e.g. a successful sign-in). */
  clear(rule: RateRule): Promise<void>;
}

export interface Refusal {
  readonly ok: false;
  /** Whole seconds until an attempt can be counted again (at least 1). */
  readonly retryAfterSeconds: number;
}

type Taken = { rule: RateRule; key: string; backend: RateLimitBackend };

/**
 * The one rate-limit primitive. `reserve` counts the attempt atomically before the work it guards
 * (sign-in's slow password check, a comment), so concurrent attempts cannot all pass a check made
 * before any of them was counted. Counts live in Redis when REDIS_URL is set (every instance shares
 * them) and in this process otherwise; while Redis is unreachable each instance counts on its own
 * rather than refusing everyone or letting everyone through.
 */
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly memory = new MemoryRateLimitBackend();
  private lastWarning = 0;

  constructor(
    private readonly shared: RedisRateLimitBackend | null = null,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * Counts one attempt for each (rule, subject) pair, or none of them: when any limit is reached the
   * ones already counted are uncounted and the answer says how long to wait.
   */
  async reserve(...limits: [RateRule, string][]): Promise<Reservation | Refusal> {
    const id = randomUUID();
    const taken: Taken[] = [];
    for (const [rule, subject] of limits) {
      const key = `${rule.name}:${subject}`;
      const [backend, result] = await this.take(key, id, rule);
      if (!result.taken) {
        await Promise.all(taken.map((t) => this.quietly(() => t.backend.release(t.key, id))));
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(result.retryAfterMs / 1000)) };
      }
      taken.push({ rule, key, backend });
    }
    return {
      ok: true,
      release: async () => {
        await Promise.all(taken.map((t) => this.quietly(() => t.backend.release(t.key, id))));
      },
      clear: async (rule) => {
        await Promise.all(taken.filter((t) => t.rule === rule).map((t) => this.quietly(() => t.backend.clear(t.key))));
      },
    };
  }

  private async take(
    key: string,
    id: string,
    rule: RateRule,
  ): Promise<[RateLimitBackend, Awaited<ReturnType<RateLimitBackend['take']>>]> {
    const now = this.clock();
    if (this.shared?.ready) {
      try {
        return [this.shared, await this.shared.take(key, id, rule.max, rule.windowMs, now)];
      } catch (err) {
        this.warn(err);
      }
    } else if (this.shared) {
      this.warn(new Error('not connected'));
    }
    return [this.memory, await this.memory.take(key, id, rule.max, rule.windowMs, now)];
  }

  private async quietly(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      this.warn(err);
    }
  }

  private warn(err: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < 5000) return;
    this.lastWarning = now;
    this.logger.warn(`Redis rate limits unavailable (${(err as Error).message}); counting on this instance meanwhile`);
  }
}
