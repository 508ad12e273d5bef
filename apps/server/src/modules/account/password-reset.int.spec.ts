import { api, freshStore, login, startApp, STORES, type TestApp } from '../../test/test-app';
import { inbox, mailsTo } from '../../test/mailbox';
import { openSockets, within } from '../../test/session-sockets';

const NEW_PASSWORD = 'Purple-Otter-Canoe-2026';
const OTHER_PASSWORD = 'Green-Heron-Paddle-2027';

describe.each(STORES)('forgotten password on %s', (kind) => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startApp(await freshStore(kind), { publicUrl: 'https://iep.example.org/' });
  });
  afterEach(() => app.stop());

  const hashOf = async (email: string) => (await app.prisma.client.user.findUniqueOrThrow({ where: { email } })).passwordHash;
  /** Every mail the app wrote, as its recipients got it (see test/mailbox.ts). */
  const outbox = () => inbox(app);

  /** Asks for a link and reads the token from the mail, as the person would. */
  async function requestLink(email: string): Promise<string> {
    const res = await api(app, '/api/auth/password-reset', { method: 'POST', body: { email } });
    expect(res.status).toBe(202);
    const mail = (await mailsTo(app, email, await app.prisma.client.passwordReset.count({ where: { user: { email } } }))).pop();
    const token = mail?.text.match(/https:\/\/iep\.example\.org\/reset-password\/([\w-]+)/)?.[1];
    if (!token) throw new Error(`no reset link mailed to ${email}`);
    return token;
  }

  const confirm = (token: string, newPassword: string) =>
    api(app, '/api/auth/password-reset/confirm', { method: 'POST', body: { token, newPassword } });

  it('answers a known and an unknown address the same way and mails a link only to the known one', async () => {
    const known = await api(app, '/api/auth/password-reset', { method: 'POST', body: { email: 'Parent@demo.school' } });
    const unknown = await api(app, '/api/auth/password-reset', { method: 'POST', body: { email: 'nobody@demo.school' } });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    await mailsTo(app, 'parent@demo.school', 1);
    await new Promise((r) => setTimeout(r, 200));
    const mails = await outbox();
    expect(mails.map((m) => m.to)).toEqual(['parent@demo.school']);
    expect(mails[0]?.text).toMatch(/https:\/\/iep\.example\.org\/reset-password\/[\w-]{43}\n/);
    const token = mails[0]?.text.match(/reset-password\/([\w-]+)/)?.[1] ?? '';
    const row = await app.prisma.client.passwordReset.findFirstOrThrow();
    expect(row.tokenHash).not.toContain(token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(59 * 60_000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(60 * 60_000 + 1000);
    expect(await app.prisma.client.passwordReset.count()).toBe(1);
  });

  it('mails the link in the person’s language', async () => {
    await app.prisma.client.user.update({ where: { email: 'parent@demo.school' }, data: { locale: 'es' } });
    await requestLink('parent@demo.school');
    expect((await outbox())[0]?.subject).toMatch(/contraseña/);
  });

  it('rate-limits requests for one address the same whether it is known or not', async () => {
    for (const email of ['teacher@demo.school', 'ghost@demo.school']) {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await api(app, '/api/auth/password-reset', { method: 'POST', body: { email } })).status);
      expect(statuses).toEqual([202, 202, 202, 429]);
    }
    expect((await api(app, '/api/auth/password-reset', { method: 'POST', body: { email: 'no-at-sign' } })).status).toBe(400);
  });

  it('sets the new password once, ends every session of the person and closes their sockets', async () => {
    const session = await login(app, 'teacher@demo.school');
    const sockets = await openSockets(app, session);
    try {
      const token = await requestLink('teacher@demo.school');
      const res = await confirm(token, NEW_PASSWORD);
      expect(res.status).toBe(204);
      expect(await within(sockets.docClosed, 3000, 'document socket closed')).toBe(4401);
      expect(await within(sockets.ioClosed, 3000, 'socket.io closed')).toBe('io server disconnect');
      expect((await api(app, '/api/auth/me', { token: session.token })).status).toBe(401);
      await login(app, 'teacher@demo.school', NEW_PASSWORD);
      const hash = await hashOf('teacher@demo.school');

      const again = await confirm(token, OTHER_PASSWORD);
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ error: { code: 'LINK_USED' } });
      expect(await hashOf('teacher@demo.school')).toBe(hash);
      expect((await api(app, '/api/auth/login', { method: 'POST', body: { email: 'teacher@demo.school', password: OTHER_PASSWORD } })).status).toBe(401);
      const user = await app.prisma.client.user.findUniqueOrThrow({ where: { email: 'teacher@demo.school' } });
      expect(user.passwordChangedAt).toBeInstanceOf(Date);
      expect(await app.prisma.client.auditEvent.count({ where: { action: 'auth.password_reset', actorId: user.id } })).toBe(1);
    } finally {
      sockets.close();
    }
  });

  it('lets exactly one of two racing requests use a link', async () => {
    const token = await requestLink('teacher@demo.school');
    const results = await Promise.all([confirm(token, NEW_PASSWORD), confirm(token, OTHER_PASSWORD)]);
    expect(results.map((r) => r.status).sort()).toEqual([204, 409]);
    const loser = results.find((r) => r.status === 409);
    expect(loser?.body).toMatchObject({ error: { code: 'LINK_USED' } });
    const winner = results[0]?.status === 204 ? NEW_PASSWORD : OTHER_PASSWORD;
    await login(app, 'teacher@demo.school', winner);
  });

  it('voids the person’s other open links when one is used', async () => {
    const first = await requestLink('teacher@demo.school');
    const second = await requestLink('teacher@demo.school');
    expect((await confirm(second, NEW_PASSWORD)).status).toBe(204);
    const old = await confirm(first, OTHER_PASSWORD);
    expect(old.status).toBe(409);
    expect(old.body).toMatchObject({ error: { code: 'LINK_USED' } });
  });

  it('refuses an expired link with LINK_EXPIRED and changes nothing', async () => {
    const token = await requestLink('teacher@demo.school');
    await app.prisma.client.passwordReset.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await hashOf('teacher@demo.school');
    const res = await confirm(token, NEW_PASSWORD);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'LINK_EXPIRED' } });
    expect(await hashOf('teacher@demo.school')).toBe(before);
  });

  it('refuses a weak password with PASSWORD_TOO_WEAK and leaves the link usable', async () => {
    const session = await login(app, 'teacher@demo.school');
    const token = await requestLink('teacher@demo.school');
    const before = await hashOf('teacher@demo.school');
    const weak = await confirm(token, 'password123456');
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ error: { code: 'PASSWORD_TOO_WEAK', details: { reason: 'password_common' } } });
    expect(await hashOf('teacher@demo.school')).toBe(before);
    expect((await api(app, '/api/auth/me', { token: session.token })).status).toBe(200);
    expect((await app.prisma.client.passwordReset.findFirstOrThrow()).usedAt).toBeNull();
    expect((await confirm(token, NEW_PASSWORD)).status).toBe(204);
  });

  it('answers an unknown or malformed token with 404 / 400', async () => {
    const unknown = await confirm('A'.repeat(43), NEW_PASSWORD);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await confirm('../../etc', NEW_PASSWORD)).status).toBe(400);
  });
});
