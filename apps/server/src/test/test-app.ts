import { randomBytes, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createApp, type RunningApp } from '../app.factory';
import { loadConfig, type AppConfig } from '../config';
import { DocRegistry } from '../collab/doc-registry';
import { PrismaService } from '../db/prisma.service';

/** bcrypt's lowest cost: the tests hash and check passwords fast; production keeps 10 (see config). */
export const TEST_PASSWORD_COST = 4;

export type StoreKind = 'pglite' | 'postgresql';

/**
 * The stores for suites whose behaviour depends on the store (storage, durability, locking races,
 * faults): PGlite always, PostgreSQL when DATABASE_URL is set. Other suites run on one store
 * (TEST_STORE, with `appPerFile` and `newWorld` from factories.ts).
 */
export const STORES: StoreKind[] = process.env.IEP_TEST_PG_URL ? ['pglite', 'postgresql'] : ['pglite'];

/** This test file's mark on the databases it makes (jest gives each file its own module registry). */
const FILE_TAG = randomBytes(4).toString('hex');
let databasesMade = 0;

/**
 * A fresh PostgreSQL database for one store: a copy of the run's migrated database (fast: a file
 * copy inside PostgreSQL), so that every app of a file, and files in parallel workers, have stores of
 * their own. The first copy a file makes drops what earlier files of this worker left (they have
 * stopped by then: a worker runs its files one after another).
 */
async function freshPostgresDatabase(): Promise<string> {
  const url = process.env.IEP_TEST_PG_URL;
  const template = process.env.IEP_TEST_PG_NAME;
  const adminUrl = process.env.IEP_TEST_PG_ADMIN_URL;
  if (!url || !template || !adminUrl) throw new Error('No PostgreSQL test database');
  const worker = `${template}_w${process.env.JEST_WORKER_ID ?? '1'}`;
  const name = `${worker}_${FILE_TAG}_${++databasesMade}`;
  // Connected to the server's own database: a session in the template would make PostgreSQL refuse
  // every other copy of it ("being accessed by other users").
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    if (databasesMade === 1) {
      const { rows } = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1 || '\\_%' AND datname NOT LIKE $2 || '%'",
        [worker, `${worker}_${FILE_TAG}`],
      );
      for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    }
    // Two workers copying the template at the same moment: PostgreSQL may refuse one (55006).
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== '55006' || attempt >= 50) throw err;
        await new Promise((retry) => setTimeout(retry, 50 + Math.random() * 100));
      }
    }
  } finally {
    await admin.end();
  }
  const own = new URL(url);
  own.pathname = `/${name}`;
  return own.toString();
}

/** A fresh, migrated store: a copy of the template PGlite directory, or a new PostgreSQL database. */
export async function freshStore(kind: StoreKind): Promise<Partial<AppConfig>> {
  if (kind === 'postgresql') return { databaseUrl: await freshPostgresDatabase(), dataDir: undefined };
  const template = process.env.IEP_TEST_PGLITE_TEMPLATE;
  const root = process.env.IEP_TEST_ROOT;
  if (!template || !root) throw new Error('Jest global setup did not run');
  const dir = mkdtempSync(join(root, 'db-'));
  cpSync(template, dir, { recursive: true });
  return { databaseUrl: undefined, dataDir: dir };
}

export interface TestApp {
  running: RunningApp;
  config: AppConfig;
  baseUrl: string;
  wsBase: string;
  prisma: PrismaService;
  stop(): Promise<void>;
}

/** Boots the real app on port 0 against the given store. */
export async function startApp(store: Partial<AppConfig>, overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const config = loadConfig(
    { LOG_LEVEL: process.env.DEBUG_LOG_LEVEL ?? 'silent', NODE_ENV: 'test' },
    {
      port: 0,
      host: '127.0.0.1',
      seedDemo: true,
      passwordCost: TEST_PASSWORD_COST,
      docIdleMs: 50,
      docWriteDelayMs: 0,
      clientDist: '/nonexistent',
      // Counters in a shared Redis belong to this app alone (instances of one test pass the same prefix).
      redisKeyPrefix: `iep-test:${randomUUID()}:`,
      ...store,
      ...overrides,
    },
  );
  const running = await createApp(config);
  const baseUrl = `http://127.0.0.1:${running.port}`;
  return {
    running,
    config,
    baseUrl,
    wsBase: `ws://127.0.0.1:${running.port}/collab`,
    prisma: running.app.get(PrismaService),
    stop: () => running.close(),
  };
}

export interface Session {
  token: string;
  cookie: string;
  userId: string;
}

export async function api(
  app: TestApp,
  path: string,
  init: { method?: string; token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined || init.rawBody !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${app.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: res.status, body, headers: res.headers };
}

export async function login(app: TestApp, email: string, password = 'demo1234'): Promise<Session> {
  const res = await api(app, '/api/auth/login', { method: 'POST', body: { email, password } });
  if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const body = res.body as { token: string; user: { id: string } };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { token: body.token, cookie, userId: body.user.id };
}

interface StudentListBody {
  students: { firstName: string; plans: { otSectionId: string | null }[] }[];
}

/** The OT section id of a demo student by first name, as the given user sees it. */
export async function sectionOf(app: TestApp, session: Session, firstName: string): Promise<string> {
  const res = await api(app, '/api/students', { token: session.token });
  const student = (res.body as StudentListBody).students.find((s) => s.firstName === firstName);
  const id = student?.plans[0]?.otSectionId;
  if (!id) throw new Error(`${firstName} has no section visible to this user`);
  return id;
}

export async function collabToken(app: TestApp, session: Session, sectionId: string): Promise<string> {
  const res = await api(app, `/api/sections/${sectionId}/collab-token`, { method: 'POST', token: session.token });
  if (res.status !== 200) throw new Error(`collab-token failed: ${res.status}`);
  return (res.body as { token: string }).token;
}

/** Destroying the provider also ends its awareness timer and its doc, so jest can exit. */
class TestProvider extends WebsocketProvider {
  override destroy(): void {
    super.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/** y-websocket's own provider, in node, as an outside client would use it. */
export function connectProvider(app: TestApp, sectionId: string, token: string, doc = new Y.Doc()): WebsocketProvider {
  return new TestProvider(app.wsBase, sectionId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
    maxBackoffTime: 200,
  });
}

export function waitFor(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      if (check()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`Timed out waiting for ${what}`));
      setTimeout(tick, 10);
    };
    tick();
  });
}

export function synced(provider: WebsocketProvider): Promise<void> {
  return waitFor(() => provider.synced, 5000, 'provider sync');
}

/** Opens a raw socket and resolves with its close code (or 'open' if it stays open for a while). */
export function closeCodeOf(
  url: string,
  firstFrame?: Uint8Array,
  waitMs = 1500,
): Promise<{ code: number | 'open'; received: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    let received = 0;
    const timer = setTimeout(() => {
      ws.terminate();
      resolve({ code: 'open', received });
    }, waitMs);
    ws.on('open', () => firstFrame && ws.send(firstFrame));
    ws.on('message', () => received++);
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, received });
    });
    ws.on('error', () => undefined);
  });
}

/**
 * Resolves once `to` sees an awareness change that `from` sent after everything it sent before. The
 * server handles one socket's frames in order and relays in order, so by then each earlier update of
 * `from` has been applied (and relayed to `to`) or refused: a wait for an event, not for a time.
 */
export async function afterEarlierFrames(
  from: WebsocketProvider,
  to: WebsocketProvider,
  timeoutMs = 5000,
): Promise<void> {
  const mark = `${Date.now()}-${Math.random()}`;
  from.awareness.setLocalStateField('barrier', mark);
  const seen = (): boolean => {
    const state: unknown = to.awareness.getStates().get(from.doc.clientID);
    return typeof state === 'object' && state !== null && (state as { barrier?: unknown }).barrier === mark;
  };
  await waitFor(seen, timeoutMs, 'the awareness barrier');
}

/**
 * Resolves once the server has stored everything `doc` has sent to the section: its durable clock
 * for the doc's client (as `section:saved` reports it) has reached the doc's own.
 */
export async function storedOnServer(app: TestApp, sectionId: string, doc: Y.Doc, timeoutMs = 5000): Promise<void> {
  const registry = app.running.app.get(DocRegistry);
  const own = (): number => Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0;
  const started = Date.now();
  for (;;) {
    const durable = (await registry.durableClocks(sectionId))?.[String(doc.clientID)] ?? 0;
    if (durable >= own()) return;
    if (Date.now() - started > timeoutMs)
      throw new Error(
        `Timed out waiting for the server to store clock ${own()} of client ${doc.clientID} (stored: ${durable})`,
      );
    await new Promise((r) => setTimeout(r, 10));
  }
}
