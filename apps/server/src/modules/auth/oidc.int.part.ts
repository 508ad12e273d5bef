import { TEST_STORE } from '../../test/factories';
import { api, freshStore, startApp, type TestApp } from '../../test/test-app';
import { CookieJar, startOidcProvider, type TestAccount, type TestProvider } from '../../test/oidc-provider';
import { freePort } from '../../test/server-process';

const staff: TestAccount = { sub: 'staff-ot-1', email: 'ot@demo.school', email_verified: true, name: 'Olivia' };
const parent: TestAccount = { sub: 'family-1', email: 'parent@demo.school', email_verified: true, name: 'Parent' };
const unverified: TestAccount = {
  sub: 'staff-teacher-1',
  email: 'teacher@demo.school',
  email_verified: false,
  name: 'Teacher',
};
const stranger: TestAccount = {
  sub: 'stranger-1',
  email: 'nobody@elsewhere.example',
  email_verified: true,
  name: 'Nobody',
};

function location(res: Response, base: string): string {
  const value = res.headers.get('location');
  if (!value) throw new Error(`expected a redirect, got ${res.status}: ${res.statusText}`);
  return new URL(value, base).href;
}

/**
 * Drives the whole flow as a browser would, redirects followed by hand: the app's start, the
 * provider's login form, back to the app's callback (optionally altered first).
 */
async function signIn(app: TestApp, provider: TestProvider, account: TestAccount, alter?: (callback: URL) => void) {
  const appJar = new CookieJar();
  const providerJar = new CookieJar();
  const start = await fetch(`${app.baseUrl}/api/auth/oidc/start`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  appJar.store(start);
  const authorize = new URL(location(start, app.baseUrl));
  expect(authorize.origin).toBe(provider.issuer);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('state')).toBeTruthy();
  expect(authorize.searchParams.get('nonce')).toBeTruthy();

  let res = await fetch(authorize, { redirect: 'manual' });
  providerJar.store(res);
  const interaction = location(res, provider.issuer);
  expect(interaction).toMatch(/\/interaction\//);
  res = await fetch(`${interaction}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: providerJar.header(), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ account: account.sub }).toString(),
  });
  providerJar.store(res);
  res = await fetch(location(res, provider.issuer), { redirect: 'manual', headers: { cookie: providerJar.header() } });
  providerJar.store(res);
  const callback = new URL(location(res, provider.issuer));
  expect(callback.pathname).toBe('/api/auth/oidc/callback');
  alter?.(callback);
  const back = await fetch(callback, { redirect: 'manual', headers: { cookie: appJar.header() } });
  expect(back.status).toBe(302);
  appJar.store(back);
  return {
    redirect: back.headers.get('location'),
    session: appJar.get('iep_session'),
    stateCleared: appJar.get('iep_oidc') === undefined,
  };
}

describe('sign-in with the district account (OpenID Connect)', () => {
  let app: TestApp;
  let provider: TestProvider;

  beforeAll(async () => {
    const appPort = await freePort();
    provider = await startOidcProvider(appPort, [staff, parent, unverified, stranger]);
    app = await startApp(await freshStore(TEST_STORE), {
      port: appPort,
      publicUrl: `http://127.0.0.1:${appPort}`,
      oidc: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret },
    });
  });
  afterAll(async () => {
    await app.stop();
    await provider.stop();
  });

  it('says it is enabled', async () => {
    expect((await api(app, '/api/auth/oidc/status')).body).toEqual({ enabled: true });
  });

  it('signs a staff member in: linked by verified email, a normal session, audited; the next time by subject', async () => {
    const first = await signIn(app, provider, staff);
    expect(first.redirect).toBe('/');
    expect(first.stateCleared).toBe(true);
    expect(first.session).toBeTruthy();
    const me = await api(app, '/api/auth/me', { headers: { cookie: `iep_session=${first.session ?? ''}` } });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { email: 'ot@demo.school' } });
    const user = await app.prisma.client.user.findUniqueOrThrow({ where: { email: 'ot@demo.school' } });
    expect(user.oidcIssuer).toBe(provider.issuer);
    expect(user.oidcSubject).toBe(staff.sub);
    expect(
      await app.prisma.client.auditEvent.count({
        where: { action: 'auth.login', actorId: user.id, detail: { equals: { method: 'oidc' } } },
      }),
    ).toBe(1);

    // The second time the identity is already linked: found by (issuer, subject).
    const second = await signIn(app, provider, staff);
    expect(second.redirect).toBe('/');
    expect(
      (await api(app, '/api/auth/me', { headers: { cookie: `iep_session=${second.session ?? ''}` } })).status,
    ).toBe(200);
  });

  it.each([
    ['a parent', parent, 'not_staff'],
    ['an unverified email', unverified, 'no_verified_email'],
    ['an address with no account', stranger, 'unknown_email'],
  ])('refuses %s with /login?error=OIDC_FAILED and no session', async (_what, account, reason) => {
    const sessionsBefore = await app.prisma.client.session.count();
    const result = await signIn(app, provider, account);
    expect(result.redirect).toBe('/login?error=OIDC_FAILED');
    expect(result.session).toBeUndefined();
    expect(await app.prisma.client.session.count()).toBe(sessionsBefore);
    const failures = await app.prisma.client.auditEvent.findMany({
      where: { action: 'auth.oidc_failed' },
      orderBy: { id: 'desc' },
      take: 1,
    });
    expect(failures[0]?.detail).toEqual({ reason });
    const row = await app.prisma.client.user.findUnique({ where: { email: account.email } });
    expect(row?.oidcSubject ?? null).toBeNull();
  });

  it('refuses a wrong state', async () => {
    const result = await signIn(app, provider, staff, (callback) => callback.searchParams.set('state', 'forged-state'));
    expect(result.redirect).toBe('/login?error=OIDC_FAILED');
    expect(result.session).toBeUndefined();
  });

  it('refuses a callback without the start cookie (another browser)', async () => {
    const res = await fetch(`${app.baseUrl}/api/auth/oidc/callback?code=abc&state=def`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/login?error=OIDC_FAILED');
  });
});

describe('OpenID Connect when not configured', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp(await freshStore(TEST_STORE));
  });
  afterAll(() => app.stop());

  it('reports disabled, and start answers 404 OIDC_NOT_CONFIGURED', async () => {
    expect((await api(app, '/api/auth/oidc/status')).body).toEqual({ enabled: false });
    const start = await fetch(`${app.baseUrl}/api/auth/oidc/start`, { redirect: 'manual' });
    expect(start.status).toBe(404);
    expect(await start.json()).toMatchObject({ error: { code: 'OIDC_NOT_CONFIGURED' } });
    const callback = await fetch(`${app.baseUrl}/api/auth/oidc/callback?code=x&state=y`, { redirect: 'manual' });
    expect(callback.headers.get('location')).toBe('/login?error=OIDC_NOT_CONFIGURED');
  });
});

describe('OpenID Connect when the provider cannot be reached', () => {
  let app: TestApp;
  beforeAll(async () => {
    const closed = await freePort();
    app = await startApp(await freshStore(TEST_STORE), {
      oidc: { issuer: `http://127.0.0.1:${closed}`, clientId: 'iep', clientSecret: 'secret' },
    });
  });
  afterAll(() => app.stop());

  it('sends the browser back to the sign-in page with OIDC_FAILED', async () => {
    expect((await api(app, '/api/auth/oidc/status')).body).toEqual({ enabled: true });
    const start = await fetch(`${app.baseUrl}/api/auth/oidc/start`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    expect(start.headers.get('location')).toBe('/login?error=OIDC_FAILED');
    expect(start.headers.get('set-cookie')).toBeNull();
  });
});
