import { once } from 'node:events';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { TEST_STORE } from '../../test/factories';
import { api, freshStore, startApp, type TestApp } from '../../test/test-app';

/**
 * A mail server that accepts connections and then says nothing (hung, or a firewall that swallows
 * the traffic). A send must fail within SMTP_TIMEOUT_MS and say so in the outbox: shutdown waits for
 * deliveries under way, so a send that hung would hold it too.
 */
describe('mail to a mail server that never answers', () => {
  const sockets = new Set<Socket>();
  let silent: Server;
  let app: TestApp;

  beforeAll(async () => {
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const { port } = silent.address() as AddressInfo;
    app = await startApp(await freshStore(TEST_STORE), {
      smtpUrl: `smtp://127.0.0.1:${port}`,
      smtpTimeoutMs: 300,
    });
  }, 60_000);
  afterAll(async () => {
    await app.stop();
    for (const socket of sockets) socket.destroy();
    silent.close();
  }, 60_000);

  it('fails the send after the limit, records why in the outbox, and lets the app stop', async () => {
    const started = Date.now();
    const asked = await api(app, '/api/auth/password-reset', { method: 'POST', body: { email: 'parent@demo.school' } });
    expect(asked.status).toBe(202);
    let row = await app.prisma.client.mailOutbox.findFirst({ where: { to: 'parent@demo.school' } });
    while (row?.status !== 'failed') {
      expect(row?.status ?? 'queued').toBe('queued');
      await new Promise((r) => setTimeout(r, 50));
      row = await app.prisma.client.mailOutbox.findFirst({ where: { to: 'parent@demo.school' } });
    }
    expect(row.error).toMatch(/greeting|timeout|timed out/i);
    // Far below nodemailer's own 30 s for a greeting, far above the 300 ms asked for.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(sockets.size).toBeGreaterThan(0);
  });
});
