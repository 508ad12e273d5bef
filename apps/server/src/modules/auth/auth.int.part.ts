import { appPerFile, newWorld, type World } from '../../test/factories';
import { api, login, type TestApp } from '../../test/test-app';

describe('sign-in', () => {
  const running = appPerFile();
  let app: TestApp;
  let world: World;
  beforeEach(async () => {
    app = running();
    world = await newWorld(app);
  });

  it('signs in with the demo password, sets an httpOnly SameSite cookie and returns a bearer token', async () => {
    const res = await api(app, '/api/auth/login', {
      method: 'POST',
      body: { email: `${world.emails.ot.toUpperCase()} `, password: 'demo1234' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ user: { email: world.emails.ot, name: 'Olivia Torres' } });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^iep_session=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = (res.body as { token: string }).token;
    const viaBearer = await api(app, '/api/auth/me', { token });
    const viaCookie = await api(app, '/api/auth/me', { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(viaBearer.body).toEqual(viaCookie.body);
    expect(viaBearer.status).toBe(200);
    // The district's OFFLINE_STORAGE setting travels with the user (on unless turned off).
    expect(viaBearer.body).toMatchObject({ device: { offlineStorage: true } });
  });

  it('answers a wrong password with 401 INVALID_CREDENTIALS and records the attempt', async () => {
    const res = await api(app, '/api/auth/login', {
      method: 'POST',
      body: { email: world.emails.ot, password: 'nope' },
    });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: expect.any(String) } });
    const failures = await app.prisma.client.auditEvent.count({
      where: { action: 'auth.login_failed', actorId: world.users.ot },
    });
    expect(failures).toBe(1);
  });

  it('rate-limits repeated failures for an account with 429, even with the right password afterwards', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await api(app, '/api/auth/login', {
        method: 'POST',
        body: { email: world.emails.teacher, password: `wrong${i}` },
      });
      expect(res.status).toBe(401);
    }
    const blocked = await api(app, '/api/auth/login', {
      method: 'POST',
      body: { email: world.emails.teacher, password: 'demo1234' },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({
      error: { code: 'TOO_MANY_REQUESTS', details: { retryAfterSeconds: expect.any(Number) } },
    });
    const other = await api(app, '/api/auth/login', {
      method: 'POST',
      body: { email: world.emails.ot, password: 'demo1234' },
    });
    expect(other.status).toBe(200);
  });

  it('answers malformed JSON with 400 INVALID_JSON and bad fields with 400 naming the field', async () => {
    const broken = await api(app, '/api/auth/login', { method: 'POST', rawBody: '{"email": ' });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ error: { code: 'INVALID_JSON' } });
    const bad = await api(app, '/api/auth/login', { method: 'POST', body: { email: 'not-an-email' } });
    expect(bad.status).toBe(400);
    const fields = (bad.body as { error: { details: { fields: { field: string }[] } } }).error.details.fields.map(
      (f) => f.field,
    );
    expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('ends the session for good on logout: the token no longer works', async () => {
    const session = await login(app, world.emails.parent);
    expect((await api(app, '/api/students', { token: session.token })).status).toBe(200);
    const out = await api(app, '/api/auth/logout', { method: 'POST', token: session.token });
    expect(out.status).toBe(204);
    const after = await api(app, '/api/students', { token: session.token });
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a cookie-authenticated state change from another site', async () => {
    const session = await login(app, world.emails.ot);
    const res = await api(app, '/api/auth/logout', {
      method: 'POST',
      headers: { cookie: session.cookie, origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'CROSS_SITE_REQUEST' } });
    expect((await api(app, '/api/auth/me', { token: session.token })).status).toBe(200);
  });

  it('never writes a password or token into the audit record', async () => {
    const session = await login(app, world.emails.ot);
    await api(app, '/api/auth/login', { method: 'POST', body: { email: world.emails.ot, password: 'secret-typo' } });
    const rows = await app.prisma.client.auditEvent.findMany({
      where: { actorId: world.users.ot },
      select: { action: true, detail: true, ip: true },
    });
    const events = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(1);
    expect(events).not.toContain('secret-typo');
    expect(events).not.toContain(session.token);
  });
});
