import { api, freshStore, login, startApp, STORES, type TestApp } from '../../test/test-app';

const PG = process.env.IEP_TEST_PG_URL;
const REDIS_URL = process.env.IEP_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

type Answer = { status: number; body: unknown; headers: Headers };

const wrongLogin = (app: TestApp, i: number): Promise<Answer> =>
  api(app, '/api/auth/login', { method: 'POST', body: { email: 'teacher@demo.school', password: `wrong-${i}` } });

/** 24 wrong passwords for one account at once: at most 5 are checked, the rest answer 429. */
function expectAtMostFiveChecked(answers: Answer[]): void {
  const statuses = answers.map((a) => a.status);
  expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
  expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
  expect(statuses.filter((s) => s === 401).length).toBeGreaterThan(0);
  for (const refused of answers.filter((a) => a.status === 429)) {
    expect(refused.body).toMatchObject({
      error: { code: 'TOO_MANY_REQUESTS', details: { retryAfterSeconds: expect.any(Number) } },
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  }
}

/**
 * Security finding 2 of issue 15: the sign-in limit read its count before the slow password check
 * and wrote it after, so attempts sent at once were all checked. Attempts are now counted first.
 */
describe.each(STORES)('the sign-in limit under concurrent attempts on %s', (kind) => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startApp(await freshStore(kind));
  });
  afterEach(() => app.stop());

  it('checks at most 5 of 24 wrong passwords sent at once for one account; the rest get 429', async () => {
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => wrongLogin(app, i)));
    expectAtMostFiveChecked(answers);
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5);
    expect(await app.prisma.client.auditEvent.count({ where: { action: 'auth.login_failed' } })).toBe(5);
    expect(
      (
        await api(app, '/api/auth/login', {
          method: 'POST',
          body: { email: 'teacher@demo.school', password: 'demo1234' },
        })
      ).status,
    ).toBe(429);
  });

  it('checks at most 5 wrong current passwords sent at once to the password change', async () => {
    const me = await login(app, 'ot@demo.school');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        api(app, '/api/me/password', {
          method: 'POST',
          token: me.token,
          body: { currentPassword: `wrong-${i}`, newPassword: 'Purple-Otter-Canoe-2026' },
        }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it('forgets an account’s failures when its password is right, and a right password does not use up the address', async () => {
    for (let i = 0; i < 4; i++) expect((await wrongLogin(app, i)).status).toBe(401);
    await login(app, 'teacher@demo.school');
    for (let i = 0; i < 5; i++) expect((await wrongLogin(app, i)).status).toBe(401);
    expect((await wrongLogin(app, 9)).status).toBe(429);
    // 9 failures and 1 success from this address so far; 20 successful sign-ins later it still signs in.
    for (let i = 0; i < 20; i++) await login(app, 'parent@demo.school');
  });
});

/** Two instances share the count through Redis (and need a shared database: PostgreSQL). */
const describeOnPg = PG ? describe : describe.skip;

describeOnPg('the sign-in limit across two instances sharing Redis', () => {
  let a: TestApp;
  let b: TestApp;
  beforeEach(async () => {
    const store = await freshStore('postgresql');
    const shared = { redisUrl: REDIS_URL, redisKeyPrefix: `iep-test:${Date.now()}-${process.pid}:` };
    a = await startApp(store, shared);
    b = await startApp(store, shared);
  });
  afterEach(() => Promise.all([a.stop(), b.stop()]));

  it('checks at most 5 of 24 wrong passwords sent at once to both instances', async () => {
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => wrongLogin(i % 2 === 0 ? a : b, i)));
    expectAtMostFiveChecked(answers);
    expect(
      (
        await api(b, '/api/auth/login', {
          method: 'POST',
          body: { email: 'teacher@demo.school', password: 'demo1234' },
        })
      ).status,
    ).toBe(429);
    expect(
      (await api(a, '/api/auth/login', { method: 'POST', body: { email: 'ot@demo.school', password: 'demo1234' } }))
        .status,
    ).toBe(200);
  });
});
