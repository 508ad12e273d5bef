import { appPerFile, newWorld, TEST_STORE, uniqueEmail, type World } from '../../test/factories';
import { api, login, STORES, type TestApp } from '../../test/test-app';
import { inbox, mailsTo } from '../../test/mailbox';
import { openSockets, within } from '../../test/session-sockets';

const NEW_PASSWORD = 'Purple-Otter-Canoe-2026';
const OTHER_PASSWORD = 'Green-Heron-Paddle-2027';

let clients = 0;

/** `kinds`: the stores to run on; `only`: the one test to run there (the racing one, whose answer is the store's locking). */
function forgottenPassword(kinds: typeof STORES, only?: string): void {
  describe.each(kinds)('forgotten password on %s', (kind) => {
    const running = appPerFile(kind, { publicUrl: 'https://iep.example.org/' });
    let app: TestApp;
    let world: World;
    /** An address of the test's own, so requests for an unknown person stay this test's. */
    let nobody: string;
    /** The client address the requests come from (through the trusted loopback proxy): one per test, as requests are limited per address. */
    let client: string;
    beforeEach(async () => {
      app = running();
      world = await newWorld(app);
      nobody = uniqueEmail('nobody');
      clients += 1;
      client = `198.51.100.${clients}`;
    });
    const test = (name: string, fn: () => Promise<void>): void =>
      only === undefined || only === name ? it(name, fn) : undefined;
    const ours = (): string[] => [...Object.values(world.emails), nobody];
    const resets = () => ({ user: { email: { in: ours() } } });
    const asked = (email: string) =>
      api(app, '/api/auth/password-reset', { method: 'POST', body: { email }, headers: { 'x-forwarded-for': client } });

    const hashOf = async (email: string) =>
      (await app.prisma.client.user.findUniqueOrThrow({ where: { email } })).passwordHash;
    /** Every mail the app wrote to this test's people, as they got it (see test/mailbox.ts). */
    const outbox = async () => (await inbox(app)).filter((m) => ours().includes(m.to));

    /** Asks for a link and reads the token from the mail, as the person would. */
    async function requestLink(email: string): Promise<string> {
      const res = await asked(email);
      expect(res.status).toBe(202);
      const mail = (
        await mailsTo(app, email, await app.prisma.client.passwordReset.count({ where: { user: { email } } }))
      ).pop();
      const token = mail?.text.match(/https:\/\/iep\.example\.org\/reset-password\/([\w-]+)/)?.[1];
      if (!token) throw new Error(`no reset link mailed to ${email}`);
      return token;
    }

    const confirm = (token: string, newPassword: string) =>
      api(app, '/api/auth/password-reset/confirm', {
        method: 'POST',
        body: { token, newPassword },
        headers: { 'x-forwarded-for': client },
      });

    test('answers a known and an unknown address the same way and mails a link only to the known one', async () => {
      const known = await asked(world.emails.parent.replace(/^p/, 'P'));
      const unknown = await asked(nobody);
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(known.body).toEqual(unknown.body);
      await mailsTo(app, world.emails.parent, 1);
      // Both answers are out: an unknown address returned before any mail could be started.
      const mails = await outbox();
      expect(mails.map((m) => m.to)).toEqual([world.emails.parent]);
      expect(mails[0]?.text).toMatch(/https:\/\/iep\.example\.org\/reset-password\/[\w-]{43}\n/);
      const token = mails[0]?.text.match(/reset-password\/([\w-]+)/)?.[1] ?? '';
      const row = await app.prisma.client.passwordReset.findFirstOrThrow({ where: resets() });
      expect(row.tokenHash).not.toContain(token);
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(59 * 60_000);
      expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(60 * 60_000 + 1000);
      expect(await app.prisma.client.passwordReset.count({ where: resets() })).toBe(1);
    });

    test('mails the link in the person’s language', async () => {
      await app.prisma.client.user.update({ where: { email: world.emails.parent }, data: { locale: 'es' } });
      await requestLink(world.emails.parent);
      expect((await outbox())[0]?.subject).toMatch(/contraseña/);
    });

    test('rate-limits requests for one address the same whether it is known or not', async () => {
      for (const email of [world.emails.teacher, uniqueEmail('ghost')]) {
        const statuses: number[] = [];
        for (let i = 0; i < 4; i++) statuses.push((await asked(email)).status);
        expect(statuses).toEqual([202, 202, 202, 429]);
      }
      expect((await asked('no-at-sign')).status).toBe(400);
    });

    test('sets the new password once, ends every session of the person and closes their sockets', async () => {
      const session = await login(app, world.emails.teacher);
      const sockets = await openSockets(app, session);
      try {
        const token = await requestLink(world.emails.teacher);
        const res = await confirm(token, NEW_PASSWORD);
        expect(res.status).toBe(204);
        expect(await within(sockets.docClosed, 3000, 'document socket closed')).toBe(4401);
        expect(await within(sockets.ioClosed, 3000, 'socket.io closed')).toBe('io server disconnect');
        expect((await api(app, '/api/auth/me', { token: session.token })).status).toBe(401);
        await login(app, world.emails.teacher, NEW_PASSWORD);
        const hash = await hashOf(world.emails.teacher);

        const again = await confirm(token, OTHER_PASSWORD);
        expect(again.status).toBe(409);
        expect(again.body).toMatchObject({ error: { code: 'LINK_USED' } });
        expect(await hashOf(world.emails.teacher)).toBe(hash);
        expect(
          (
            await api(app, '/api/auth/login', {
              method: 'POST',
              body: { email: world.emails.teacher, password: OTHER_PASSWORD },
            })
          ).status,
        ).toBe(401);
        const user = await app.prisma.client.user.findUniqueOrThrow({ where: { email: world.emails.teacher } });
        expect(user.passwordChangedAt).toBeInstanceOf(Date);
        expect(
          await app.prisma.client.auditEvent.count({ where: { action: 'auth.password_reset', actorId: user.id } }),
        ).toBe(1);
      } finally {
        sockets.close();
      }
    });

    test('lets exactly one of two racing requests use a link', async () => {
      const token = await requestLink(world.emails.teacher);
      const results = await Promise.all([confirm(token, NEW_PASSWORD), confirm(token, OTHER_PASSWORD)]);
      expect(results.map((r) => r.status).sort()).toEqual([204, 409]);
      const loser = results.find((r) => r.status === 409);
      expect(loser?.body).toMatchObject({ error: { code: 'LINK_USED' } });
      const winner = results[0]?.status === 204 ? NEW_PASSWORD : OTHER_PASSWORD;
      await login(app, world.emails.teacher, winner);
    });

    test('voids the person’s other open links when one is used', async () => {
      const first = await requestLink(world.emails.teacher);
      const second = await requestLink(world.emails.teacher);
      expect((await confirm(second, NEW_PASSWORD)).status).toBe(204);
      const old = await confirm(first, OTHER_PASSWORD);
      expect(old.status).toBe(409);
      expect(old.body).toMatchObject({ error: { code: 'LINK_USED' } });
    });

    test('refuses an expired link with LINK_EXPIRED and changes nothing', async () => {
      const token = await requestLink(world.emails.teacher);
      await app.prisma.client.passwordReset.updateMany({
        where: resets(),
        data: { expiresAt: new Date(Date.now() - 1000) },
      });
      const before = await hashOf(world.emails.teacher);
      const res = await confirm(token, NEW_PASSWORD);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ error: { code: 'LINK_EXPIRED' } });
      expect(await hashOf(world.emails.teacher)).toBe(before);
    });

    test('refuses a weak password with PASSWORD_TOO_WEAK and leaves the link usable', async () => {
      const session = await login(app, world.emails.teacher);
      const token = await requestLink(world.emails.teacher);
      const before = await hashOf(world.emails.teacher);
      const weak = await confirm(token, 'password123456');
      expect(weak.status).toBe(400);
      expect(weak.body).toMatchObject({ error: { code: 'PASSWORD_TOO_WEAK', details: { reason: 'password_common' } } });
      expect(await hashOf(world.emails.teacher)).toBe(before);
      expect((await api(app, '/api/auth/me', { token: session.token })).status).toBe(200);
      expect((await app.prisma.client.passwordReset.findFirstOrThrow({ where: resets() })).usedAt).toBeNull();
      expect((await confirm(token, NEW_PASSWORD)).status).toBe(204);
    });

    test('answers an unknown or malformed token with 404 / 400', async () => {
      const unknown = await confirm('A'.repeat(43), NEW_PASSWORD);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect((await confirm('../../etc', NEW_PASSWORD)).status).toBe(400);
    });
  });
}

forgottenPassword([TEST_STORE]);
const otherStores = STORES.filter((kind) => kind !== TEST_STORE);
if (otherStores.length > 0) forgottenPassword(otherStores, 'lets exactly one of two racing requests use a link');
