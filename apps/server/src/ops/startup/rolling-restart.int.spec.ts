import { randomUUID } from 'node:crypto';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { emptyDatabase, PG_BASE, runMigrate, type FreshDatabase } from '../../test/fresh-database';
import { freePort, spawnServer, tokenCounts, typeToken, typist, type ServerProcess } from '../../test/server-process';
import { waitFor } from '../../test/test-app';

const REDIS_URL = process.env.IEP_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = 'rolling-tests-secret-0123456789abcdef01234';
const START_MS = 240_000;

async function post(server: ServerProcess, path: string, body: unknown, token?: string): Promise<unknown> {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return res.json() as Promise<unknown>;
}

async function sectionOfMateo(server: ServerProcess, token: string): Promise<string> {
  const res = await fetch(`${server.baseUrl}/api/students`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { students: { firstName: string; plans: { otSectionId: string }[] }[] };
  return body.students.find((s) => s.firstName === 'Mateo')?.plans[0]?.otSectionId ?? '';
}

/** A typist on the given instance, signed in as one of the staff. */
async function typistOn(server: ServerProcess, email: string, sectionId: string | null) {
  const { token } = (await post(server, '/api/auth/login', { email, password: 'demo1234' })) as { token: string };
  const section = sectionId ?? (await sectionOfMateo(server, token));
  const collab = (await post(server, `/api/sections/${section}/collab-token`, {}, token)) as { token: string };
  return { sectionId: section, token, provider: typist(server.wsBase, section, collab.token) };
}

function converged(providers: WebsocketProvider[]): boolean {
  const first = Buffer.from(Y.encodeStateVector(providers[0]?.doc ?? new Y.Doc()));
  return providers.every((p) => Buffer.from(Y.encodeStateVector(p.doc)).equals(first));
}

(PG_BASE ? describe : describe.skip)('a rolling restart of one of two instances (PostgreSQL + Redis)', () => {
  jest.setTimeout(1_200_000);
  let db: FreshDatabase;
  const servers: ServerProcess[] = [];
  const providers: WebsocketProvider[] = [];

  beforeAll(async () => {
    db = await emptyDatabase('rolling');
  });
  afterAll(async () => {
    providers.forEach((p) => {
      p.destroy();
      p.awareness.destroy();
    });
    for (const s of servers) {
      s.proc.kill('SIGKILL');
      await s.exited;
    }
    await db.drop();
  });

  it('while five clients type, the restarted instance drains (not ready), stores, comes back; nothing is lost', async () => {
    const env = {
      DATABASE_URL: db.url,
      REDIS_URL,
      REDIS_KEY_PREFIX: `iep-rolling-${randomUUID().slice(0, 8)}:`,
      APP_SECRET: SECRET,
      SHUTDOWN_DRAIN_MS: '3000',
    };
    expect((await runMigrate(env)).code).toBe(0);
    const [portA, portB] = [await freePort(), await freePort()];
    let a = await spawnServer(env, portA, START_MS);
    servers.push(a);
    const b = await spawnServer(env, portB, START_MS);
    servers.push(b);

    const first = await typistOn(a, 'ot@demo.school', null);
    const sectionId = first.sectionId;
    const others = await Promise.all([
      typistOn(a, 'teacher@demo.school', sectionId),
      typistOn(a, 'admin@demo.school', sectionId),
      typistOn(b, 'ot@demo.school', sectionId),
      typistOn(b, 'teacher@demo.school', sectionId),
    ]);
    providers.push(first.provider, ...others.map((t) => t.provider));
    await waitFor(() => providers.every((p) => p.synced), 60_000, 'five typists synced');
    let n = 0;
    const timer = setInterval(() => {
      providers.forEach((p, i) => typeToken(p.doc, 'presentLevels', `tok-${i}-${n}`));
      n++;
    }, 50);
    try {
      await waitFor(() => n >= 20, 60_000, 'typing under way');
      a.proc.kill('SIGTERM');
      // The signal lands a moment later: poll until the instance answers not-ready (or stops answering).
      let answer: unknown = null;
      for (let i = 0; i < 200 && answer === null; i++) {
        const res = await fetch(`${a.baseUrl}/api/health/ready`).catch(() => null);
        if (!res) answer = 'gone';
        else if (res.status === 503) answer = await res.json();
        else await new Promise((r) => setTimeout(r, 20));
      }
      expect(answer).toEqual({ ready: false, reason: 'draining' });
      expect(await a.exited).toBe(0);
      servers.splice(servers.indexOf(a), 1);
      const roundsAtStop = n;
      a = await spawnServer(env, portA, START_MS);
      servers.push(a);
      await waitFor(() => n >= roundsAtStop + 20, 60_000, 'typing after the restart');
    } finally {
      clearInterval(timer);
    }
    await waitFor(() => providers.every((p) => p.synced && p.wsconnected), 120_000, 'typists reconnected');
    await waitFor(() => converged(providers), 120_000, 'typists converged');
    const counts = tokenCounts(providers[0]?.doc ?? new Y.Doc(), 'presentLevels');
    expect(counts.size).toBe(n * providers.length);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);

    // Both instances stop cleanly; a fresh one reads from the database everything the typists hold.
    providers.forEach((p) => p.disconnect());
    for (const s of servers.splice(0)) {
      s.proc.kill('SIGTERM');
      expect(await s.exited).toBe(0);
    }
    const fresh = await spawnServer(env, await freePort(), START_MS);
    servers.push(fresh);
    const reader = await typistOn(fresh, 'ot@demo.school', sectionId);
    providers.push(reader.provider);
    await waitFor(() => reader.provider.synced, 60_000, 'reader synced');
    const stored = tokenCounts(reader.provider.doc, 'presentLevels');
    expect([...counts.keys()].filter((token) => !stored.has(token))).toEqual([]);
  });
});
