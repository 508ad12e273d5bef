import { Client } from 'pg';

/**
 * The key of the PostgreSQL advisory lock that migrations and the demo seed run under, so any number
 * of instances can start at once: one does the work, the others wait and then find it done.
 * (Prisma's own migration lock is 72707369; this one is ours and distinct.)
 */
export const STARTUP_LOCK_KEY = 2_112_021;

/** How long an instance waits for another one's migrations or seed before giving up (ms). */
export const STARTUP_LOCK_WAIT_MS = 300_000;

export class StartupLockTimeoutError extends Error {
  constructor(waitedMs: number) {
    super(
      `Another instance held the start-up lock (migrations, demo seed) for more than ${Math.round(waitedMs / 1000)} s. ` +
        'Nothing was changed here. Check that instance (a migration may be stuck), then start again.',
    );
  }
}

/**
 * Runs `work` while holding the start-up lock of the database at `databaseUrl` (on its own
 * connection, released when done or when this process dies). Without a URL (the embedded store,
 * one process per directory by its lock file) it just runs `work`.
 */
export async function withStartupLock<T>(
  databaseUrl: string | undefined,
  work: () => Promise<T>,
  log: (message: string) => void = () => undefined,
  waitMs = STARTUP_LOCK_WAIT_MS,
): Promise<T> {
  if (!databaseUrl) return work();
  const client = new Client({ connectionString: databaseUrl, application_name: 'iep-startup-lock' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [STARTUP_LOCK_KEY]);
    if (!rows[0]?.ok) {
      log('Another instance is migrating or seeding the database: waiting for it to finish');
      await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(waitMs))}`);
      try {
        await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
      } catch (err) {
        if ((err as { code?: string }).code === '55P03') throw new StartupLockTimeoutError(waitMs);
        throw err;
      }
      log('The other instance finished: going on');
    }
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}
