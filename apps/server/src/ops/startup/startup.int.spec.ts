import { Client } from 'pg';
import { STARTUP_LOCK_KEY } from '../../db/startup-lock';
import { emptyDatabase, PG_BASE, runMigrate, type FreshDatabase } from '../../test/fresh-database';
import { freePort, spawnServer, type ServerProcess } from '../../test/server-process';

const SECRET = 'startup-tests-secret-0123456789abcdef012345';

async function ready(server: ServerProcess): Promise<number> {
  return (await fetch(`${server.baseUrl}/api/health/ready`)).status;
}

async function count(url: string, sql: string): Promise<number> {
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    const { rows } = await pg.query<{ n: string }>(sql);
    return Number(rows[0]?.n ?? -1);
  } finally {
    await pg.end();
  }
}

/** Resolves once some connection waits on the start-up lock (another instance queued behind it). */
async function someoneWaitsForTheLock(url: string, timeoutMs = 30_000): Promise<void> {
  // This database's waiters only: other files start instances on databases of their own at the same
  // time, and their waiters (the same key) would end this wait before this test's process asked.
  const sql =
    `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = ${STARTUP_LOCK_KEY} AND NOT granted ` +
    `AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
  const started = Date.now();
  while ((await count(url, sql)) === 0) {
    if (Date.now() - started > timeoutMs) throw new Error('Timed out waiting for a waiter on the start-up lock');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One instance as the image starts it: migrate, then serve. */
async function startInstance(env: Record<string, string>): Promise<ServerProcess> {
  const migrated = await runMigrate(env);
  if (migrated.code !== 0) throw new Error(`migrate failed: ${migrated.output}`);
  // Three Nest apps booting at once on a shared machine take a while.
  return spawnServer(env, await freePort(), 120_000);
}

(PG_BASE ? describe : describe.skip)('instances starting together on one PostgreSQL database', () => {
  jest.setTimeout(180_000);
  let db: FreshDatabase;
  const servers: ServerProcess[] = [];

  beforeEach(async () => {
    db = await emptyDatabase('startup');
  });
  afterEach(async () => {
    for (const s of servers.splice(0)) {
      s.proc.kill('SIGKILL');
      await s.exited;
    }
    await db.drop();
  });

  it('three instances started at once on an empty database all become ready, and the demo district exists once', async () => {
    const env = { DATABASE_URL: db.url, APP_SECRET: SECRET, SEED_DEMO: 'true' };
    const started = await Promise.allSettled([0, 1, 2].map(() => startInstance(env)));
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    expect(
      started.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason)),
    ).toEqual([]);
    expect(await Promise.all(servers.map(ready))).toEqual([200, 200, 200]);
    expect(await count(db.url, 'SELECT count(*) AS n FROM "District"')).toBe(1);
    expect(await count(db.url, `SELECT count(*) AS n FROM "User" WHERE email = 'ot@demo.school'`)).toBe(1);
    expect(
      await count(db.url, 'SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL'),
    ).toBeGreaterThan(5);
    for (const s of servers) expect(s.output()).not.toMatch(/Unique constraint|Could not start|lacks migrations/);
  });

  it('an instance started while another holds the start-up lock waits for it, serving nothing, then starts', async () => {
    const env = { DATABASE_URL: db.url, APP_SECRET: SECRET, SEED_DEMO: 'true' };
    expect((await runMigrate(env)).code).toBe(0);
    // Another instance, mid-migration: it holds the lock.
    const other = new Client({ connectionString: db.url });
    await other.connect();
    await other.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    const port = await freePort();
    const starting = spawnServer(env, port, 120_000);
    let serverDone = false;
    void starting.then(
      (s) => {
        serverDone = true;
        servers.push(s);
      },
      () => (serverDone = true),
    );
    try {
      await someoneWaitsForTheLock(db.url);
      expect(serverDone).toBe(false);
      await expect(fetch(`http://127.0.0.1:${port}/api/health/ready`)).rejects.toThrow();
      expect(await count(db.url, 'SELECT count(*) AS n FROM "District"')).toBe(0);
    } finally {
      await other.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
      await other.end();
    }
    const server = await starting;
    expect(await ready(server)).toBe(200);
    expect(await count(db.url, 'SELECT count(*) AS n FROM "District"')).toBe(1);
  });

  it('migrate run on a database whose lock is held says it waits, and applies once it is free', async () => {
    const env = { DATABASE_URL: db.url, APP_SECRET: SECRET };
    const other = new Client({ connectionString: db.url });
    await other.connect();
    await other.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    const migrating = runMigrate(env);
    try {
      await someoneWaitsForTheLock(db.url);
      expect(await count(db.url, `SELECT count(*) AS n FROM pg_tables WHERE tablename = 'District'`)).toBe(0);
    } finally {
      await other.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
      await other.end();
    }
    const result = await migrating;
    expect(result.code).toBe(0);
    expect(result.output).toContain('waiting for it to finish');
    expect(result.output).toMatch(/applied 2026/);
  });
});
