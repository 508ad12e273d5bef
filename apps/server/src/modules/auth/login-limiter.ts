/**
 * Counts failed sign-ins per account and per address in a sliding window. In memory: with several
 * instances each counts its own share (the Redis-backed counter comes with scale-out).
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxPerAccount = 5,
    private readonly maxPerAddress = 20,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
  retryAfter(email: string, ip: string, now = Date.now()): number {
    const waits = [
      this.wait(`a:${email}`, this.maxPerAccount, now),
      this.wait(`i:${ip}`, this.maxPerAddress, now),
    ];
    return Math.max(...waits);
  }

  recordFailure(email: string, ip: string, now = Date.now()): void {
    for (const key of [`a:${email}`, `i:${ip}`]) {
      const list = this.recent(key, now);
      list.push(now);
      this.failures.set(key, list);
    }
  }

  recordSuccess(email: string): void {
    this.failures.delete(`a:${email}`);
  }

  private wait(key: string, max: number, now: number): number {
    const list = this.recent(key, now);
    if (list.length < max) return 0;
    const oldest = list[list.length - max] ?? now;
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length === 0) this.failures.delete(key);
    return list;
  }
}
