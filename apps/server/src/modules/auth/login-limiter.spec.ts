import { LoginLimiter } from './login-limiter';

describe('the sign-in limiter', () => {
  it('blocks an account after five failures in the window and lets it in again after the window', () => {
    const limiter = new LoginLimiter(5, 20, 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfter('a@x', '1.1.1.1', t0 + i)).toBe(0);
      limiter.recordFailure('a@x', '1.1.1.1', t0 + i);
    }
    expect(limiter.retryAfter('a@x', '1.1.1.1', t0 + 10)).toBe(60);
    expect(limiter.retryAfter('b@x', '2.2.2.2', t0 + 10)).toBe(0);
    expect(limiter.retryAfter('a@x', '1.1.1.1', t0 + 60_001)).toBe(0);
  });

  it('blocks an address that tries many accounts', () => {
    const limiter = new LoginLimiter(5, 3, 60_000);
    for (const email of ['a@x', 'b@x', 'c@x']) limiter.recordFailure(email, '9.9.9.9', 0);
    expect(limiter.retryAfter('d@x', '9.9.9.9', 1)).toBeGreaterThan(0);
    expect(limiter.retryAfter('d@x', '8.8.8.8', 1)).toBe(0);
  });

  it('forgets an account’s failures after a successful sign-in', () => {
    const limiter = new LoginLimiter(2, 20, 60_000);
    limiter.recordFailure('a@x', 'ip', 0);
    limiter.recordSuccess('a@x');
    limiter.recordFailure('a@x', 'ip', 1);
    expect(limiter.retryAfter('a@x', 'ip', 2)).toBe(0);
  });
});
