import type { AppConfig } from '../../config';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as Y from 'yjs';
import { addGoal, type PresenceUser } from '@iep/shared';
import { DocStore } from '../../collab/doc-store';
import { CuttableProxy } from '../cuttable-proxy';
import { newWorld, type World } from '../factories';
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
  type Session,
  type TestApp,
} from '../test-app';
import { REASONS_FOR_EMPTY_SECTION } from '../compliance-reasons';

const PG = process.env.IEP_TEST_PG_URL;
const REDIS_URL = process.env.IEP_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const REDIS_SERVER = '/usr/bin/redis-server';

/** Two instances need a shared database: PostgreSQL. Without it this suite has nothing to run on. */
const describeOnPg = PG ? describe : describe.skip;

const goals = (doc: Y.Doc): string[] =>
  [...doc.getMap<Y.Map<unknown>>('goals').values()].map((g) => String(g.get('behavior') ?? '')).sort();

describeOnPg('two server instances over Redis and PostgreSQL', () => {
  let a: TestApp;
  let b: TestApp;
  let ot: Session;
  let teacher: Session;
  let sectionId: string;
  const cleanup: (() => void)[] = [];
  let store: Partial<AppConfig>;

  let world: World;
  /** Set by a test that restarted the instances its own way: the next test gets both on Redis again. */
  let restarted = false;
  const startBoth = async (): Promise<void> => {
    [a, b] = await Promise.all([startApp(store, { redisUrl: REDIS_URL }), startApp(store, { redisUrl: REDIS_URL })]);
  };

  // Both instances for the whole file, on one database; each test works in a district of its own.
  beforeAll(async () => {
    store = await freshStore('postgresql');
    await startBoth();
  }, 60_000);
  afterAll(() => Promise.all([a.stop(), b.stop()]));
  beforeEach(async () => {
    world = await newWorld(a);
    ot = await login(a, world.emails.ot);
    teacher = await login(b, world.emails.teacher);
    sectionId = world.students.Mateo.sectionId;
  });
  afterEach(async () => {
    for (const fn of cleanup.splice(0)) fn();
    if (!restarted) return;
    restarted = false;
    await Promise.all([a.stop(), b.stop()]);
    await startBoth();
  });

  const open = async (app: TestApp, session: Session) => {
    const doc = new Y.Doc();
    const provider = connectProvider(app, sectionId, await collabToken(app, session, sectionId), doc);
    cleanup.push(() => provider.destroy());
    await synced(provider);
    return { doc, provider };
  };

  it('carries an edit made on A to a client of B, and presence across both', async () => {
    const onA = await open(a, ot);
    const onB = await open(b, teacher);
    addGoal(onA.doc, { behavior: 'typed on A' });
    await waitFor(() => goals(onB.doc).includes('typed on A'), 5000, 'the edit reaching B');
    addGoal(onB.doc, { behavior: 'typed on B' });
    await waitFor(() => goals(onA.doc).includes('typed on B'), 5000, 'the edit reaching A');

    onA.provider.awareness.setLocalStateField('cursor', { part: 'goals' });
    await waitFor(
      () =>
        [...onB.provider.awareness.getStates().values()].some(
          (s) => (s as { user?: Partial<PresenceUser> }).user?.name === 'Olivia Torres',
        ),
      5000,
      'the OT’s presence on B',
    );
  });

  it('stores each instance’s own edits once, so a fresh load has both and nothing twice', async () => {
    const onA = await open(a, ot);
    const onB = await open(b, teacher);
    addGoal(onA.doc, { behavior: 'from A' });
    addGoal(onB.doc, { behavior: 'from B' });
    await waitFor(() => goals(onA.doc).length === 2 && goals(onB.doc).length === 2, 5000, 'both edits everywhere');
    onA.provider.destroy();
    onB.provider.destroy();
    await Promise.all([a.stop(), b.stop()]);
    restarted = true;
    a = await startApp(store);
    b = await startApp(store, { redisUrl: REDIS_URL });
    const fresh = await open(a, await login(a, world.emails.ot));
    expect(goals(fresh.doc)).toEqual(['from A', 'from B']);
  });

  it('pushes a socket.io event caused through A to a client connected to B', async () => {
    const { io } = await import('socket.io-client');
    const socket = io(b.baseUrl, { auth: { token: teacher.token }, transports: ['websocket'], reconnection: false });
    cleanup.push(() => socket.close());
    expect(await socket.timeout(3000).emitWithAck('section:join', { sectionId })).toMatchObject({ ok: true });
    const moved = new Promise<{ status: string }>((resolve) => socket.on('section:status', resolve));
    expect(
      (
        await api(a, `/api/sections/${sectionId}/transition`, {
          method: 'POST',
          token: ot.token,
          body: { to: 'meeting' },
        })
      ).status,
    ).toBe(200);
    await expect(moved).resolves.toMatchObject({ status: 'meeting' });
  });

  it('applies a workflow lock made on A to the document sockets on B at once', async () => {
    await api(a, `/api/sections/${sectionId}/transition`, { method: 'POST', token: ot.token, body: { to: 'meeting' } });
    const onB = await open(b, teacher);
    const watcher = await open(a, ot);
    expect(
      (
        await api(a, `/api/sections/${sectionId}/transition`, {
          method: 'POST',
          token: ot.token,
          body: { to: 'pending_signoff', overrides: REASONS_FOR_EMPTY_SECTION },
        })
      ).status,
    ).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    addGoal(onB.doc, { behavior: 'after the freeze, on B' });
    await new Promise((r) => setTimeout(r, 800));
    expect(goals(watcher.doc)).toEqual([]);
  });

  it('closes a session’s sockets on B when it signs out through A', async () => {
    const teacherOnA = await login(a, world.emails.teacher);
    const doc = new Y.Doc();
    const provider = connectProvider(b, sectionId, await collabToken(b, teacherOnA, sectionId), doc);
    cleanup.push(() => provider.destroy());
    await synced(provider);
    const closed = new Promise<number>((resolve) => provider.ws?.addEventListener('close', (e) => resolve(e.code)));
    expect((await api(a, '/api/auth/logout', { method: 'POST', token: teacherOnA.token })).status).toBeLessThan(300);
    await expect(closed).resolves.toBe(4401);
  });

  it('closes the document socket on B of a teacher removed from the team through A', async () => {
    const onB = await open(b, teacher);
    const closed = new Promise<number>((resolve) => onB.provider.ws?.addEventListener('close', (e) => resolve(e.code)));
    const admin = await login(a, world.emails.admin);
    const row = await a.prisma.client.otSection.findUniqueOrThrow({
      where: { id: sectionId },
      select: { plan: { select: { studentId: true } } },
    });
    const res = await api(a, `/api/students/${row.plan.studentId}/team/${teacher.userId}/remove`, {
      method: 'POST',
      token: admin.token,
      body: { reason: 'Left the district' },
    });
    expect(res.status).toBe(204);
    await expect(closed).resolves.toBe(4403);
  });
});

/** A Redis of the test's own, on another port, so that it can be stopped and started again. */
function startRedis(port: number): ChildProcess {
  return spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
}

const describeWithRedisBinary = PG && existsSync(REDIS_SERVER) ? describe : describe.skip;

describeWithRedisBinary('when Redis goes away', () => {
  const port = 6300 + (process.pid % 500);
  let redis: ChildProcess;
  let a: TestApp;
  let b: TestApp;

  afterEach(async () => {
    await Promise.all([a.stop(), b.stop()]);
    redis.kill('SIGKILL');
  });

  it('keeps each instance serving its own clients, and relays again (with what was missed) when Redis is back', async () => {
    redis = startRedis(port);
    await new Promise((r) => setTimeout(r, 300));
    const store = await freshStore('postgresql');
    a = await startApp(store, { redisUrl: `redis://127.0.0.1:${port}` });
    b = await startApp(store, { redisUrl: `redis://127.0.0.1:${port}` });
    const ot = await login(a, 'ot@demo.school');
    const teacher = await login(b, 'teacher@demo.school');
    const sectionId = await sectionOf(a, ot, 'Mateo');
    const open = async (app: TestApp, session: Session) => {
      const doc = new Y.Doc();
      const provider = connectProvider(app, sectionId, await collabToken(app, session, sectionId), doc);
      await synced(provider);
      return { doc, provider };
    };
    const a1 = await open(a, ot);
    const a2 = await open(a, await login(a, 'admin@demo.school'));
    const b1 = await open(b, teacher);
    try {
      addGoal(a1.doc, { behavior: 'before the outage' });
      await waitFor(() => goals(b1.doc).length === 1, 5000, 'relay before the outage');

      redis.kill('SIGKILL');
      // The clients notice the lost connection on their own schedule: ask until the health says so.
      const redisHealth = async () => ((await api(a, '/api/health')).body as { redis: string }).redis;
      let health = await redisHealth();
      for (const until = Date.now() + 10_000; health !== 'down' && Date.now() < until; health = await redisHealth())
        await new Promise((r) => setTimeout(r, 100));
      expect(health).toBe('down');
      addGoal(a1.doc, { behavior: 'during the outage' });
      await waitFor(() => goals(a2.doc).includes('during the outage'), 5000, 'A serving its own clients without Redis');
      expect(goals(b1.doc)).not.toContain('during the outage');

      redis = startRedis(port);
      await waitFor(() => goals(b1.doc).includes('during the outage'), 15000, 'B catching up once Redis is back');
      addGoal(b1.doc, { behavior: 'after the outage' });
      await waitFor(() => goals(a1.doc).includes('after the outage'), 5000, 'relay after the outage');
      expect(((await api(b, '/api/health')).body as { redis: string }).redis).toBe('ok');
    } finally {
      for (const c of [a1, a2, b1]) c.provider.destroy();
    }
  });
});

describeOnPg('an instance that cannot store what it relayed (it dies, or its database link does)', () => {
  it('has the edit stored by the instance that received it over the relay, built from that instance’s document', async () => {
    const store = await freshStore('postgresql');
    const real = new URL(store.databaseUrl ?? '');
    const proxy = new CuttableProxy({ host: real.hostname, port: Number(real.port || 5432) });
    await proxy.start();
    const viaProxy = new URL(real.toString());
    viaProxy.port = String(proxy.port);
    const a = await startApp({ databaseUrl: viaProxy.toString() }, { redisUrl: REDIS_URL });
    const b = await startApp(store, { redisUrl: REDIS_URL, relayReconcileMs: 300 });
    const providers: { destroy(): void }[] = [];
    try {
      const otOnA = await login(a, 'ot@demo.school');
      const teacherOnB = await login(b, 'teacher@demo.school');
      const sectionId = await sectionOf(a, otOnA, 'Mateo');
      const docA = new Y.Doc();
      const docB = new Y.Doc();
      providers.push(connectProvider(a, sectionId, await collabToken(a, otOnA, sectionId), docA));
      providers.push(connectProvider(b, sectionId, await collabToken(b, teacherOnB, sectionId), docB));
      await Promise.all(providers.map((p) => synced(p as Parameters<typeof synced>[0])));

      proxy.goAway();
      addGoal(docA, { behavior: 'only B can store this' });
      await waitFor(() => goals(docB).includes('only B can store this'), 5000, 'the edit reaching B');
      const docStore = b.running.app.get(DocStore, { strict: false });
      const stored = async (): Promise<string[]> => {
        const doc = new Y.Doc();
        await docStore.load(sectionId, doc);
        return goals(doc);
      };
      const started = Date.now();
      while (!(await stored()).includes('only B can store this')) {
        if (Date.now() - started > 5000) throw new Error('B never stored the relayed edit');
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(await stored()).toEqual(['only B can store this']);
    } finally {
      for (const p of providers) p.destroy();
      await Promise.all([a.stop(), b.stop()]);
      await proxy.stop();
    }
  });
});
