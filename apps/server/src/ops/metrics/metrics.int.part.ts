import * as Y from 'yjs';
import { appPerFile, newWorld } from '../../test/factories';
import { openSockets } from '../../test/session-sockets';
import {
  api,
  collabToken,
  connectProvider,
  login,
  sectionOf,
  storedOnServer,
  synced,
  type TestApp,
} from '../../test/test-app';

const TOKEN = 'metrics-test-token-0123456789';

/** One sample's value from the text Prometheus scrapes (0 when the series is absent). */
async function sample(app: TestApp, series: string): Promise<number> {
  const res = await fetch(`${app.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const text = await res.text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/** Polls a scrape until the check holds (the server updates its figures on its own events). */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function scrape(app: TestApp): Promise<string> {
  return (await fetch(`${app.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
}

describe('the Prometheus endpoint', () => {
  const running = appPerFile(undefined, { metricsToken: TOKEN });

  it('refuses a scrape without the token or with a wrong one, and never serves it to a browser session', async () => {
    const app = running();
    const world = await newWorld(app);
    const ot = await login(app, world.emails.ot);
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token-0123456789' },
      { authorization: `Bearer ${ot.token}` },
    ];
    for (const headers of attempts) {
      const res = await fetch(`${app.baseUrl}/metrics`, { headers });
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain('iep_');
    }
    const ok = await fetch(`${app.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/text\/plain/);
  });

  it('counts open document and socket.io connections and documents in memory, and they fall back on close', async () => {
    const app = running();
    const world = await newWorld(app);
    const ot = await login(app, world.emails.ot);
    const before = {
      collab: await sample(app, 'iep_collab_sockets'),
      io: await sample(app, 'iep_socketio_connections'),
    };
    const sockets = await openSockets(app, ot);
    expect(await sample(app, 'iep_collab_sockets')).toBe(before.collab + 1);
    expect(await sample(app, 'iep_socketio_connections')).toBe(before.io + 1);
    expect(await sample(app, 'iep_documents_in_memory')).toBeGreaterThanOrEqual(1);
    sockets.close();
    await sockets.docClosed;
    await until(async () => (await sample(app, 'iep_collab_sockets')) === before.collab, 'the gauge falls back');
  });

  it('counts refused sign-ins, and HTTP latency and errors by route pattern, never by raw URL', async () => {
    const app = running();
    const world = await newWorld(app);
    const refused = 'iep_logins_refused_total{reason="credentials"}';
    const before = await sample(app, refused);
    const bad = await api(app, '/api/auth/login', {
      method: 'POST',
      body: { email: world.emails.ot, password: 'not-the-password' },
    });
    expect(bad.status).toBe(401);
    expect(await sample(app, refused)).toBe(before + 1);

    const ot = await login(app, world.emails.ot);
    const sectionId = await sectionOf(app, ot, 'Mateo');
    expect(
      (await api(app, `/api/sections/${sectionId}/collab-token`, { method: 'POST', token: ot.token })).status,
    ).toBe(200);
    const text = await scrape(app);
    expect(text).toContain('route="/api/sections/:sectionId/collab-token"');
    expect(text).toContain('iep_http_errors_total{method="POST",route="/api/auth/login",status="401"}');
    expect(text).not.toContain(sectionId);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
    expect(text).toMatch(/^iep_redis_relay_lag_seconds 0$/m);
  });

  it('times store writes, and shows the write queue and its oldest update', async () => {
    const app = running();
    const world = await newWorld(app);
    const ot = await login(app, world.emails.ot);
    const sectionId = await sectionOf(app, ot, 'Mateo');
    const before = await sample(app, 'iep_store_write_seconds_count');
    const provider = connectProvider(app, sectionId, await collabToken(app, ot, sectionId));
    try {
      await synced(provider);
      const fragment = provider.doc.getXmlFragment('presentLevels');
      fragment.insert(0, [new Y.XmlText('stored and timed')]);
      await storedOnServer(app, sectionId, provider.doc);
      expect(await sample(app, 'iep_store_write_seconds_count')).toBeGreaterThan(before);
      const text = await scrape(app);
      expect(text).toMatch(/^iep_write_queue_length \d+$/m);
      expect(text).toMatch(/^iep_write_queue_oldest_seconds [\d.e-]+$/m);
    } finally {
      provider.destroy();
    }
  });
});
