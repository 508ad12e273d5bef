import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { createClient } from 'redis';
import type { RedisClient } from '../../cluster/cluster-bus';
import { RateLimiter, type RateRule, type Refusal, type Reservation } from './rate-limiter';
import { RedisRateLimitBackend } from './redis-backend';

/** Redis runs where the database suites do (CI) or where a test Redis is named. */
const REDIS_URL =
  process.env.IEP_TEST_REDIS_URL ?? (process.env.IEP_TEST_PG_URL ? 'redis://127.0.0.1:6379' : undefined);

const FIVE: RateRule = { name: 'five', max: 5, windowMs: 60_000 };
const TWO: RateRule = { name: 'two', max: 2, windowMs: 60_000 };

const refused = (r: Reservation | Refusal): number => (r.ok ? 0 : r.retryAfterSeconds);

interface Backend {
  name: string;
  make(clock: () => number): Promise<RateLimiter>;
}

const clients: RedisClient[] = [];
const backends: Backend[] = [{ name: 'memory', make: (clock) => Promise.resolve(new RateLimiter(null, clock)) }];
if (REDIS_URL) {
  backends.push({
    name: 'Redis',
    make: async (clock) => {
      const client = createClient({ url: REDIS_URL });
      clients.push(client);
      await client.connect();
      // A key prefix of this test's own: nothing else in the shared Redis is touched.
      return new RateLimiter(new RedisRateLimitBackend(client, `iep-test:${randomUUID()}:rl:`), clock);
    },
  });
}

afterEach(() => {
  for (const c of clients.splice(0)) if (c.isOpen) c.destroy();
});

/** A limiter on a clock the test moves. */
async function limiterOn(
  backend: Backend,
  start = 1_000_000,
): Promise<{ limiter: RateLimiter; clock: { now: number } }> {
  const clock = { now: start };
  return { limiter: await backend.make(() => clock.now), clock };
}

describe.each(backends)('the rate limiter on $name', (backend) => {
  it('counts up to the limit in a sliding window and says when the oldest attempt leaves it', async () => {
    const { limiter, clock } = await limiterOn(backend);
    for (let i = 0; i < 5; i++) {
      expect((await limiter.reserve([FIVE, 'a@x'])).ok).toBe(true);
      clock.now += 1000;
    }
    expect(refused(await limiter.reserve([FIVE, 'a@x']))).toBe(55);
    expect((await limiter.reserve([FIVE, 'b@x'])).ok).toBe(true);
    clock.now += 55_000; // the first attempt has left the window
    expect((await limiter.reserve([FIVE, 'a@x'])).ok).toBe(true);
    expect(refused(await limiter.reserve([FIVE, 'a@x']))).toBe(1);
  });

  it('lets exactly the limit through when attempts race', async () => {
    const { limiter } = await limiterOn(backend);
    const results = await Promise.all(Array.from({ length: 24 }, () => limiter.reserve([FIVE, 'race@x'])));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok).every((r) => refused(r) === 60)).toBe(true);
  });

  it('uncounts a released attempt and forgets a subject on clear, for that rule only', async () => {
    const { limiter } = await limiterOn(backend);
    const first = await limiter.reserve([TWO, 'a@x'], [FIVE, 'ip']);
    if (!first.ok) throw new Error('refused');
    await first.release();
    expect((await limiter.reserve([TWO, 'a@x'])).ok).toBe(true);
    const second = await limiter.reserve([TWO, 'a@x'], [FIVE, 'ip']);
    if (!second.ok) throw new Error('refused');
    expect((await limiter.reserve([TWO, 'a@x'])).ok).toBe(false);
    await second.clear(TWO);
    expect((await limiter.reserve([TWO, 'a@x'])).ok).toBe(true);
    // The address still holds the second attempt: 4 more fit, then it is full.
    for (let i = 0; i < 4; i++) expect((await limiter.reserve([FIVE, 'ip'])).ok).toBe(true);
    expect((await limiter.reserve([FIVE, 'ip'])).ok).toBe(false);
  });

  it('counts all the limits of an attempt or none: a refusal by one uncounts the others', async () => {
    const { limiter } = await limiterOn(backend);
    for (let i = 0; i < 2; i++) expect((await limiter.reserve([TWO, 'shared-ip'])).ok).toBe(true);
    expect((await limiter.reserve([FIVE, 'c@x'], [TWO, 'shared-ip'])).ok).toBe(false);
    for (let i = 0; i < 5; i++) expect((await limiter.reserve([FIVE, 'c@x'])).ok).toBe(true);
  });
});

describe('the rate limiter with Redis configured but unreachable', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn']));

  it('counts on this instance instead of refusing or waving everyone through', async () => {
    const client = createClient({ url: 'redis://127.0.0.1:1', disableOfflineQueue: true });
    const limiter = new RateLimiter(new RedisRateLimitBackend(client, 'unused:'), () => 0);
    const results = await Promise.all(Array.from({ length: 8 }, () => limiter.reserve([FIVE, 'down@x'])));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
  });
});
