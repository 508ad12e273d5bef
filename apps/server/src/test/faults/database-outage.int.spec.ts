import * as Y from 'yjs';
import {
  api,
  collabToken,
  connectProvider,
  freshStore,
  login,
  sectionOf,
  startApp,
  synced,
  waitFor,
  type TestApp,
} from '../test-app';
import { tokenCounts, typeToken } from '../server-process';
import { CuttableProxy } from '../cuttable-proxy';

const PG = process.env.IEP_TEST_PG_URL;
const describeOnPg = PG ? describe : describe.skip;

/**
 * Saves are retried with a back-off that doubles from 250 ms to at most 5 s: six failed attempts
 * (about 13 s) take it to its longest wait. The outage lasts until the server has tried this many
 * times to reach the database, whatever the machine's speed, instead of a fixed time.
 */
const ATTEMPTS_DURING_OUTAGE = 10;

describeOnPg('the database going away for longer than the longest retry back-off', () => {
  jest.setTimeout(120_000);

  it('keeps serving, says 503 and "not saved", retries, and loses nothing when the database returns', async () => {
    const store = await freshStore('postgresql');
    const real = new URL(store.databaseUrl ?? '');
    const proxy = new CuttableProxy({ host: real.hostname, port: Number(real.port || 5432) });
    await proxy.start();
    const viaProxy = new URL(real.toString());
    viaProxy.port = String(proxy.port);
    let app: TestApp = await startApp({ databaseUrl: viaProxy.toString() });
    const { io } = await import('socket.io-client');
    const ot = await login(app, 'ot@demo.school');
    const teacher = await login(app, 'teacher@demo.school');
    const sectionId = await sectionOf(app, ot, 'Mateo');
    const a = connectProvider(app, sectionId, await collabToken(app, ot, sectionId));
    const b = connectProvider(app, sectionId, await collabToken(app, teacher, sectionId));
    const watcher = io(app.baseUrl, { auth: { token: ot.token }, transports: ['websocket'], reconnection: false });
    let lastSaved = 0;
    watcher.on('section:saved', () => (lastSaved = Date.now()));
    try {
      await Promise.all([synced(a), synced(b)]);
      await watcher.timeout(3000).emitWithAck('section:join', { sectionId });
      let n = 0;
      const type = (): void => {
        typeToken(a.doc, 'presentLevels', `tok-a-${n}`);
        typeToken(b.doc, 'presentLevels', `tok-b-${n}`);
        n++;
      };
      for (let i = 0; i < 5; i++) type();
      await waitFor(() => lastSaved > 0, 5000, 'a first save');

      proxy.goAway();
      const wentAway = Date.now();
      const health = await api(app, '/api/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ db: 'down' });
      const typing = setInterval(type, 50);
      await waitFor(
        () => proxy.refused >= ATTEMPTS_DURING_OUTAGE && n > 110,
        60_000,
        `${ATTEMPTS_DURING_OUTAGE} attempts to reach the database`,
      );
      clearInterval(typing);
      // Live editing went on between the two people; nothing was reported saved meanwhile.
      await waitFor(
        () => Buffer.from(Y.encodeStateVector(a.doc)).equals(Buffer.from(Y.encodeStateVector(b.doc))),
        5000,
        'live sync during the outage',
      );
      const savedDuringOutage = lastSaved > wentAway + 1000;
      expect(savedDuringOutage).toBe(false);
      expect((await api(app, '/api/health')).status).toBe(503);

      const cameBack = Date.now();
      proxy.comeBack();
      await waitFor(() => lastSaved > cameBack, 20_000, 'saving again once the database is back');
      expect((await api(app, '/api/health')).status).toBe(200);
      const typed = tokenCounts(a.doc, 'presentLevels');

      a.destroy();
      b.destroy();
      watcher.close();
      await app.stop();
      app = await startApp({ databaseUrl: viaProxy.toString() });
      const reader = connectProvider(
        app,
        sectionId,
        await collabToken(app, await login(app, 'ot@demo.school'), sectionId),
      );
      await synced(reader);
      const stored = tokenCounts(reader.doc, 'presentLevels');
      reader.destroy();
      expect(stored.size).toBe(typed.size);
      expect(typed.size).toBeGreaterThan(200);
      expect([...stored.values()].every((c) => c === 1)).toBe(true);
    } finally {
      a.destroy();
      b.destroy();
      watcher.close();
      await app.stop();
      await proxy.stop();
    }
  });
});
