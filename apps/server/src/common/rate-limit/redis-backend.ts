import type { RedisClient } from '../../cluster/cluster-bus';
import type { RateLimitBackend, TakeResult } from './backend';

/**
 * The sliding window as a sorted set (score: when), checked and counted by one Lua script, which
 * Redis runs atomically: instances sharing Redis share the count, and racing attempts are ordered.
 */
const TAKE = `
local key, now, window, max = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local count = redis.call('ZCARD', key)
if count < max then
  redis.call('ZADD', key, now, ARGV[4])
  redis.call('PEXPIRE', key, window)
  return {1, 0}
end
local oldest = redis.call('ZRANGE', key, count - max, count - max, 'WITHSCORES')
return {0, tonumber(oldest[2]) + window - now}
`;

export class RedisRateLimitBackend implements RateLimitBackend {
  constructor(
    private readonly client: RedisClient,
    /** Namespaces the keys (REDIS_KEY_PREFIX + "rl:"; tests use a unique one). */
    private readonly prefix: string,
  ) {}

  get ready(): boolean {
    return this.client.isReady;
  }

  async take(key: string, id: string, max: number, windowMs: number, now: number): Promise<TakeResult> {
    const reply = await this.client.eval(TAKE, {
      keys: [this.prefix + key],
      arguments: [String(now), String(windowMs), String(max), id],
    });
    if (!Array.isArray(reply) || typeof reply[0] !== 'number' || typeof reply[1] !== 'number')
      throw new Error('unexpected reply from the rate-limit script');
    return reply[0] === 1 ? { taken: true } : { taken: false, retryAfterMs: reply[1] };
  }

  async release(key: string, id: string): Promise<void> {
    await this.client.zRem(this.prefix + key, id);
  }

  async clear(key: string): Promise<void> {
    await this.client.del(this.prefix + key);
  }
}
