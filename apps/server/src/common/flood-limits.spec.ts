import { ConnectionCaps, EventBuckets } from './flood-limits';

describe('per-person flood limits', () => {
  it('lets a burst through, then only the steady rate, per person', () => {
    const buckets = new EventBuckets(10, 5);
    const t0 = 1_000_000;
    expect(Array.from({ length: 8 }, () => buckets.take('flooder', t0)).filter(Boolean)).toHaveLength(5);
    expect(buckets.take('someone else', t0)).toBe(true);
    expect(buckets.take('flooder', t0 + 100)).toBe(true);
    expect(buckets.take('flooder', t0 + 100)).toBe(false);
  });

  it('caps open sockets per person and frees a place when one closes', () => {
    const caps = new ConnectionCaps(2);
    expect([caps.acquire('u'), caps.acquire('u'), caps.acquire('u')]).toEqual([true, true, false]);
    expect(caps.acquire('v')).toBe(true);
    caps.release('u');
    expect(caps.acquire('u')).toBe(true);
  });
});
