import { randomBytes } from 'node:crypto';
import { loadConfig } from '../../config';
import { PrismaService } from '../../db/prisma.service';
import { freePort, spawnServer, type ServerProcess } from '../../test/server-process';
import { TEST_STORE } from '../../test/factories';
import { freshStore } from '../../test/test-app';
import type { AppConfig } from '../../config';

const RESET_LINK = /https?:\/\/[^\s"]+\/reset-password\/[\w-]{43}/;

/**
 * Without SMTP_URL the mail waits in the outbox, where nobody can read its link. In development the
 * composed mail is logged too, so that whoever runs the demo can reset a password; in production
 * it never is. The built server, as `npm start` runs it, with its output read.
 */
describe('mail without an SMTP server, in the server’s log', () => {
  let server: ServerProcess | undefined;
  let store: Partial<AppConfig>;
  // What is logged does not depend on the store: the run's own (PostgreSQL when it has one, which starts fastest).
  const storeEnv = (): Record<string, string> =>
    store.databaseUrl ? { DATABASE_URL: store.databaseUrl } : { DATA_DIR: store.dataDir ?? '' };

  beforeEach(async () => {
    store = await freshStore(TEST_STORE);
  });
  afterEach(async () => {
    if (server?.proc.exitCode === null) {
      server.proc.kill('SIGTERM');
      await server.exited;
    }
  });

  /** Asks for the teacher's reset link, then stops the server cleanly (queued mail is drained first). */
  async function askForResetAndStop(env: Record<string, string>): Promise<string> {
    server = await spawnServer({ ...storeEnv(), LOG_LEVEL: 'info', ...env }, await freePort());
    const res = await fetch(`${server.baseUrl}/api/auth/password-reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'teacher@demo.school' }),
    });
    expect(res.status).toBe(202);
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    return server.output();
  }

  /** The stored link, read after the server has let go of the database. */
  async function storedLink(): Promise<string | null> {
    const prisma = new PrismaService(
      loadConfig({ LOG_LEVEL: 'silent' }, { databaseUrl: store.databaseUrl, dataDir: store.dataDir }),
    );
    try {
      const row = await prisma.client.mailOutbox.findFirstOrThrow({ where: { to: 'teacher@demo.school' } });
      expect(row.text).not.toMatch(RESET_LINK);
      return row.secret;
    } finally {
      await prisma.close();
    }
  }

  it('logs the composed mail with its link in development', async () => {
    const output = await askForResetAndStop({ NODE_ENV: 'development' });
    const link = await storedLink();
    expect(link).toMatch(RESET_LINK);
    expect(output).toContain(link);
  }, 60_000);

  it('never logs the link in production', async () => {
    const output = await askForResetAndStop({
      NODE_ENV: 'production',
      APP_SECRET: randomBytes(32).toString('hex'),
      SEED_DEMO: 'true',
    });
    expect(await storedLink()).toMatch(RESET_LINK);
    expect(output).toContain('IEP workspace is running');
    expect(output).not.toMatch(/reset-password/);
  }, 60_000);
});
