import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { freshStore, STORES, waitFor, type StoreKind } from '../test-app';
import { freePort, spawnServer, tokenCounts, typeToken, typist, type ServerProcess } from '../server-process';

const SECRET = 'fault-tests-secret-0123456789abcdef0123456789';

async function http(
  base: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

async function envFor(kind: StoreKind): Promise<Record<string, string>> {
  const store = await freshStore(kind);
  return {
    APP_SECRET: SECRET,
    ...(store.databaseUrl ? { DATABASE_URL: store.databaseUrl } : { DATA_DIR: store.dataDir ?? '' }),
  };
}

/** Five staff members typing into the same part, each a token at a time. */
async function fiveTypists(server: ServerProcess) {
  const emails = ['ot', 'teacher', 'admin', 'ot', 'teacher'].map((who) => `${who}@demo.school`);
  const tokens: string[] = [];
  for (const email of emails)
    tokens.push(
      (
        (await http(server.baseUrl, '/api/auth/login', { method: 'POST', body: { email, password: 'demo1234' } }))
          .body as { token: string }
      ).token,
    );
  const students = (await http(server.baseUrl, '/api/students', { token: tokens[0] })).body as {
    students: { firstName: string; plans: { otSectionId: string }[] }[];
  };
  const sectionId = students.students.find((s) => s.firstName === 'Mateo')?.plans[0]?.otSectionId ?? '';
  const providers: WebsocketProvider[] = [];
  for (const token of tokens) {
    const collab = (await http(server.baseUrl, `/api/sections/${sectionId}/collab-token`, { method: 'POST', token }))
      .body as { token: string };
    providers.push(typist(server.wsBase, sectionId, collab.token));
  }
  await waitFor(() => providers.every((p) => p.synced), 10_000, 'five typists synced');
  let n = 0;
  const timer = setInterval(() => {
    providers.forEach((p, i) => typeToken(p.doc, 'presentLevels', `tok-${i}-${n}`));
    n++;
  }, 25);
  return { sectionId, providers, staffToken: tokens[0] ?? '', stopTyping: () => clearInterval(timer), rounds: () => n };
}

/** The clocks the server reported durable, per Yjs client, through section:saved. */
async function watchSaved(server: ServerProcess, token: string, sectionId: string) {
  const { io } = await import('socket.io-client');
  const socket = io(server.baseUrl, { auth: { token }, transports: ['websocket'], reconnection: false });
  const durable = new Map<number, number>();
  socket.on('section:saved', (e: { clocks: Record<string, number> }) => {
    for (const [client, clock] of Object.entries(e.clocks))
      durable.set(Number(client), Math.max(durable.get(Number(client)) ?? 0, clock));
  });
  await socket.timeout(5000).emitWithAck('section:join', { sectionId });
  return { durable, close: () => socket.close() };
}

async function storedState(server: ServerProcess, token: string, sectionId: string): Promise<Y.Doc> {
  const collab = (await http(server.baseUrl, `/api/sections/${sectionId}/collab-token`, { method: 'POST', token }))
    .body as { token: string };
  const reader = typist(server.wsBase, sectionId, collab.token);
  await waitFor(() => reader.synced, 10_000, 'reader synced');
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(reader.doc));
  reader.destroy();
  reader.awareness.destroy();
  return doc;
}

/** Every typist holds the same state as the first one, compared afresh each time. */
function converged(providers: WebsocketProvider[]): boolean {
  const first = Buffer.from(Y.encodeStateVector(providers[0]?.doc ?? new Y.Doc()));
  return providers.every((p) => Buffer.from(Y.encodeStateVector(p.doc)).equals(first));
}

describe.each(STORES)('the server process on %s', (kind) => {
  jest.setTimeout(120_000);

  it('survives kill -9 while five clients type: all it had stored is there, clients converge, nothing twice', async () => {
    const env = await envFor(kind);
    const port = await freePort();
    let server = await spawnServer(env, port);
    const { sectionId, providers, staffToken, stopTyping, rounds } = await fiveTypists(server);
    const saved = await watchSaved(server, staffToken, sectionId);
    try {
      // Killed mid-stream: once the server has reported stores for every typist and they go on typing.
      await waitFor(
        () => saved.durable.size >= providers.length && rounds() >= 20,
        30_000,
        'stores reported for every typist',
      );
      server.proc.kill('SIGKILL');
      await server.exited;
      saved.close();
      const durableAtKill = new Map(saved.durable);
      expect(durableAtKill.size).toBeGreaterThan(0);

      // The typists keep typing offline; the server comes back on the same port.
      const roundsAtKill = rounds();
      await waitFor(
        () => providers.every((p) => !p.wsconnected) && rounds() >= roundsAtKill + 10,
        10_000,
        'typing offline',
      );
      server = await spawnServer(env, port);
      stopTyping();
      const stored = await storedState(server, staffToken, sectionId);
      const vector = Y.decodeStateVector(Y.encodeStateVector(stored));
      const lost = [...durableAtKill].filter(([client, clock]) => (vector.get(client) ?? 0) < clock);
      expect(lost).toEqual([]);

      await waitFor(() => providers.every((p) => p.synced && p.wsconnected), 30_000, 'typists reconnected');
      await waitFor(() => converged(providers), 30_000, 'typists converged');
      const counts = tokenCounts(providers[0]?.doc ?? new Y.Doc(), 'presentLevels');
      expect(counts.size).toBeGreaterThan(50);
      expect([...counts.values()].every((c) => c === 1)).toBe(true);
      const final = await storedState(server, staffToken, sectionId);
      expect(final.getXmlFragment('presentLevels').toString()).toBe(
        providers[0]?.doc.getXmlFragment('presentLevels').toString(),
      );
    } finally {
      stopTyping();
      providers.forEach((p) => {
        p.destroy();
        p.awareness.destroy();
      });
      server.proc.kill('SIGKILL');
      await server.exited;
    }
  });

  it('on SIGTERM while clients type, stores what it received, closes the database and restarts cleanly', async () => {
    const env = await envFor(kind);
    const port = await freePort();
    let server = await spawnServer(env, port);
    const { sectionId, providers, staffToken, stopTyping } = await fiveTypists(server);
    try {
      // Stopped mid-stream: once the server has relayed plenty of every typist's tokens (so received them).
      await waitFor(
        () => tokenCounts(providers[0]?.doc ?? new Y.Doc(), 'presentLevels').size >= 100,
        30_000,
        'tokens relayed',
      );
      // What the server had received when told to stop: the typists' docs right now, minus what is in flight.
      server.proc.kill('SIGTERM');
      const code = await server.exited;
      stopTyping();
      expect(code).toBe(0);
      expect(server.output()).toContain('SIGTERM: storing open documents and closing the database');
      server = await spawnServer(env, port);
      expect(server.output()).not.toMatch(/in use by another process|corrupt|Could not start/i);
      const stored = await storedState(server, staffToken, sectionId);
      const storedCount = tokenCounts(stored, 'presentLevels').size;
      expect(storedCount).toBeGreaterThan(50);
      await waitFor(() => providers.every((p) => p.synced && p.wsconnected), 30_000, 'typists reconnected');
      await waitFor(() => converged(providers), 30_000, 'typists converged').catch((err: Error) => {
        throw new Error(
          `${err.message}: ${providers.map((p) => JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(p.doc))])).join(' | ')} ${server.output().slice(-2000)}`,
        );
      });
      expect([...tokenCounts(providers[0]?.doc ?? new Y.Doc(), 'presentLevels').values()].every((c) => c === 1)).toBe(
        true,
      );
    } finally {
      stopTyping();
      providers.forEach((p) => {
        p.destroy();
        p.awareness.destroy();
      });
      server.proc.kill('SIGKILL');
      await server.exited;
    }
  });
});
