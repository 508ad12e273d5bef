import { appPerFile, newWorld, type World } from '../../test/factories';
import { api, login, type TestApp } from '../../test/test-app';
import { openSockets, within } from '../../test/session-sockets';

const NEW_PASSWORD = 'Purple-Otter-Canoe-2026';

describe('my account', () => {
  const running = appPerFile();
  let world: World;
  let app: TestApp;
  beforeEach(async () => {
    app = running();
    world = await newWorld(app);
  });

  const hashOf = async (email: string) =>
    (await app.prisma.client.user.findUniqueOrThrow({ where: { email } })).passwordHash;

  it('changes the display name (trimmed) and the language, and records it', async () => {
    const me = await login(app, world.emails.teacher);
    const res = await api(app, '/api/me', {
      method: 'PATCH',
      token: me.token,
      body: { name: '  Tomás Rivera  ', locale: 'es' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: expect.objectContaining({ name: 'Tomás Rivera', locale: 'es', email: world.emails.teacher }),
    });
    expect((await api(app, '/api/auth/me', { token: me.token })).body).toMatchObject({
      user: { name: 'Tomás Rivera', locale: 'es' },
    });
    const events = await app.prisma.client.auditEvent.findMany({
      where: { action: 'account.profile_updated', actorId: me.userId },
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.detail).toEqual({ fields: ['name', 'locale'], locale: 'es' });
  });

  it('refuses an empty or over-long name, an unknown language, unknown fields and an empty change', async () => {
    const me = await login(app, world.emails.teacher);
    for (const body of [
      { name: '   ' },
      { name: 'x'.repeat(121) },
      { locale: 'fr' },
      { name: 'Ok', role: 'admin' },
      {},
    ]) {
      const res = await api(app, '/api/me', { method: 'PATCH', token: me.token, body });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
    expect((await api(app, '/api/me', { method: 'PATCH', body: { name: 'Anon' } })).status).toBe(401);
    const row = await app.prisma.client.user.findUniqueOrThrow({ where: { email: world.emails.teacher } });
    expect(row.name).not.toBe('Ok');
    expect(row.locale).toBe('en');
  });

  it('refuses a cookie-authenticated change from another site', async () => {
    const me = await login(app, world.emails.teacher);
    for (const [path, method, body] of [
      ['/api/me', 'PATCH', { name: 'Evil' }],
      ['/api/me/password', 'POST', { currentPassword: 'demo1234', newPassword: NEW_PASSWORD }],
    ] as const) {
      const res = await api(app, path, {
        method,
        body,
        headers: { cookie: me.cookie, origin: 'https://evil.example' },
      });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ error: { code: 'CROSS_SITE_REQUEST' } });
    }
    const row = await app.prisma.client.user.findUniqueOrThrow({ where: { email: world.emails.teacher } });
    expect(row.name).not.toBe('Evil');
    expect(row.passwordChangedAt).toBeNull();
  });

  it('answers a wrong current password with 400 WRONG_PASSWORD, counts it with the sign-in limiter and changes nothing', async () => {
    const me = await login(app, world.emails.ot);
    const before = await hashOf(world.emails.ot);
    for (let i = 0; i < 5; i++) {
      const res = await api(app, '/api/me/password', {
        method: 'POST',
        token: me.token,
        body: { currentPassword: `wrong-${i}`, newPassword: NEW_PASSWORD },
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'WRONG_PASSWORD' } });
    }
    const blocked = await api(app, '/api/me/password', {
      method: 'POST',
      token: me.token,
      body: { currentPassword: 'demo1234', newPassword: NEW_PASSWORD },
    });
    expect(blocked.status).toBe(429);
    expect(
      (await api(app, '/api/auth/login', { method: 'POST', body: { email: world.emails.ot, password: 'demo1234' } }))
        .status,
    ).toBe(429);
    expect(await hashOf(world.emails.ot)).toBe(before);
    expect(
      await app.prisma.client.auditEvent.count({
        where: { action: 'account.password_change_failed', actorId: me.userId },
      }),
    ).toBe(5);
  });

  it.each([
    ['password_too_short', 'short1'],
    ['password_too_simple', 'aaaaaaaaaaaaaaaa'],
    ['password_too_long', 'x'.repeat(201)],
    ['password_common', 'password123456'],
  ])('refuses a weak new password with PASSWORD_TOO_WEAK (%s) and keeps the old hash', async (reason, newPassword) => {
    const me = await login(app, world.emails.ot);
    const before = await hashOf(world.emails.ot);
    const res = await api(app, '/api/me/password', {
      method: 'POST',
      token: me.token,
      body: { currentPassword: 'demo1234', newPassword },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'PASSWORD_TOO_WEAK', details: { reason } } });
    expect(await hashOf(world.emails.ot)).toBe(before);
    expect((await api(app, '/api/auth/me', { token: me.token })).status).toBe(200);
  });

  it('changes the password, keeps this session, ends the others and closes their sockets within seconds', async () => {
    const here = await login(app, world.emails.ot);
    const elsewhere = await login(app, world.emails.ot);
    const bystander = await login(app, world.emails.teacher);
    const hereSockets = await openSockets(app, here);
    const elsewhereSockets = await openSockets(app, elsewhere);
    const bystanderSockets = await openSockets(app, bystander);
    try {
      const res = await api(app, '/api/me/password', {
        method: 'POST',
        token: here.token,
        body: { currentPassword: 'demo1234', newPassword: NEW_PASSWORD },
      });
      expect(res.status).toBe(204);
      expect(await within(elsewhereSockets.docClosed, 3000, 'document socket closed')).toBe(4401);
      expect(await within(elsewhereSockets.ioClosed, 3000, 'socket.io closed')).toBe('io server disconnect');
      expect((await api(app, '/api/auth/me', { token: elsewhere.token })).status).toBe(401);
      expect((await api(app, '/api/auth/me', { token: here.token })).status).toBe(200);
      expect((await api(app, '/api/auth/me', { token: bystander.token })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      expect(hereSockets.ioConnected()).toBe(true);
      expect(bystanderSockets.ioConnected()).toBe(true);

      const user = await app.prisma.client.user.findUniqueOrThrow({ where: { email: world.emails.ot } });
      expect(user.passwordChangedAt).toBeInstanceOf(Date);
      expect(
        (await api(app, '/api/auth/login', { method: 'POST', body: { email: world.emails.ot, password: 'demo1234' } }))
          .status,
      ).toBe(401);
      await login(app, world.emails.ot, NEW_PASSWORD);
      expect(
        await app.prisma.client.auditEvent.count({ where: { action: 'account.password_changed', actorId: user.id } }),
      ).toBe(1);
      const audit = JSON.stringify(await app.prisma.client.auditEvent.findMany({ select: { detail: true } }));
      expect(audit).not.toContain(NEW_PASSWORD);
    } finally {
      hereSockets.close();
      elsewhereSockets.close();
      bystanderSockets.close();
    }
  });
});
