import { newWorld } from '../../test/factories';
import {
  api,
  collabToken,
  connectProvider,
  freshStore,
  login,
  sectionOf,
  startApp,
  synced,
  type TestApp,
} from '../../test/test-app';

describe('liveness and readiness', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp(await freshStore('pglite'), { shutdownDrainMs: 1500 });
  }, 60_000);
  afterAll(() => app.stop(), 60_000);

  it('is alive and ready once migrations are checked and the document engine listens', async () => {
    expect(await api(app, '/api/health/live')).toMatchObject({ status: 200, body: { status: 'alive' } });
    expect(await api(app, '/api/health/ready')).toMatchObject({ status: 200, body: { ready: true } });
  });

  it('has no metrics endpoint when METRICS_TOKEN is not set', async () => {
    const res = await fetch(`${app.baseUrl}/metrics`, { headers: { authorization: 'Bearer anything-at-all-here' } });
    expect(res.status).toBe(404);
  });

  it('on shutdown reports not-ready first, keeping open documents, then stores and closes', async () => {
    const world = await newWorld(app);
    const ot = await login(app, world.emails.ot);
    const sectionId = await sectionOf(app, ot, 'Mateo');
    const provider = connectProvider(app, sectionId, await collabToken(app, ot, sectionId));
    await synced(provider);
    const closed = app.stop();
    try {
      const res = await api(app, '/api/health/ready');
      expect(res).toMatchObject({ status: 503, body: { ready: false, reason: 'draining' } });
      expect((await api(app, '/api/health/live')).status).toBe(200);
      // Draining: the clients already here keep their socket until the instance closes.
      expect(provider.wsconnected).toBe(true);
    } finally {
      await closed;
      provider.destroy();
    }
    await expect(fetch(`${app.baseUrl}/api/health/live`)).rejects.toThrow();
  });
});
