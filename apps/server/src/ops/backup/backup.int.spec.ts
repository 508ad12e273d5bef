import { execFile } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../config';
import { PrismaService } from '../../db/prisma.service';
import {
  CHILD_NODE_FLAGS,
  freePort,
  spawnServer,
  typeToken,
  typist,
  type ServerProcess,
} from '../../test/server-process';
import { REASONS_FOR_EMPTY_SECTION } from '../../test/compliance-reasons';
import { freshStore, waitFor } from '../../test/test-app';

const CLI = resolve(__dirname, '../../../dist/ops/backup-cli.js');
const SECRET = 'backup-tests-secret-0123456789abcdef0123456';
const METRICS_TOKEN = 'backup-tests-metrics-token';
const TABLES = ['SectionUpdate', 'SectionSnapshot', 'Signature', 'AuditEvent'];

function cli(dataDir: string, ...args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [...CHILD_NODE_FLAGS, CLI, ...args],
      { env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, LOG_LEVEL: 'warn' } },
      (err, stdout, stderr) =>
        done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** A digest of each table's rows, read with the server stopped. */
async function fingerprint(dataDir: string): Promise<Record<string, string>> {
  const prisma = new PrismaService(loadConfig({ LOG_LEVEL: 'silent' }, { dataDir, databaseUrl: undefined }));
  try {
    const out: Record<string, string> = {};
    for (const table of TABLES) {
      const [row] = await prisma.client.$queryRawUnsafe<{ n: number; h: string }[]>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(to_jsonb(t)::text, ',' ORDER BY to_jsonb(t)::text), '')) AS h FROM "${table}" t`,
      );
      out[table] = `${row?.n}:${row?.h}`;
    }
    return out;
  } finally {
    await prisma.close();
  }
}

async function call(server: ServerProcess, path: string, token?: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : ((await res.json()) as unknown);
}

const login = async (server: ServerProcess, who: string): Promise<string> =>
  (
    (await call(server, '/api/auth/login', undefined, { email: `${who}@demo.school`, password: 'demo1234' })) as {
      token: string;
    }
  ).token;

async function sectionOf(server: ServerProcess, token: string, firstName: string): Promise<string> {
  const body = (await call(server, '/api/students', token)) as {
    students: { firstName: string; plans: { otSectionId: string }[] }[];
  };
  return body.students.find((s) => s.firstName === firstName)?.plans[0]?.otSectionId ?? '';
}

/** Types tokens into a section and resolves once the server reports nothing left to store. */
async function typeAndStore(server: ServerProcess, token: string, sectionId: string, words: string[]): Promise<void> {
  const collab = (await call(server, `/api/sections/${sectionId}/collab-token`, token, {})) as { token: string };
  const provider = typist(server.wsBase, sectionId, collab.token);
  try {
    await waitFor(() => provider.synced, 20_000, 'typist synced');
    for (const word of words) typeToken(provider.doc, 'presentLevels', word);
    await storedEverything(server);
  } finally {
    provider.destroy();
    provider.awareness.destroy();
  }
}

/** The write queue is empty (read from /metrics) once the server has received and stored every update. */
async function storedEverything(server: ServerProcess): Promise<void> {
  const queue = async (): Promise<string> => {
    const res = await fetch(`${server.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    return /^iep_write_queue_length (\S+)/m.exec(await res.text())?.[1] ?? '?';
  };
  // A first write was seen (updates in the log), then the queue drained.
  const started = Date.now();
  while ((await queue()) !== '0' || Date.now() - started < 1500) {
    if (Date.now() - started > 30_000) throw new Error('the write queue did not drain');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function readSection(server: ServerProcess, token: string, sectionId: string): Promise<string> {
  const collab = (await call(server, `/api/sections/${sectionId}/collab-token`, token, {})) as { token: string };
  const reader = typist(server.wsBase, sectionId, collab.token);
  try {
    await waitFor(() => reader.synced, 20_000, 'reader synced');
    return reader.doc.getXmlFragment('presentLevels').toString();
  } finally {
    reader.destroy();
    reader.awareness.destroy();
    reader.doc.destroy();
  }
}

async function stop(server: ServerProcess, signal: NodeJS.Signals): Promise<void> {
  server.proc.kill(signal);
  await server.exited;
}

describe('backup and restore of the embedded store', () => {
  jest.setTimeout(900_000);

  it('backs up while the server runs; a restore brings back the section, its update log, signatures and audit log', async () => {
    const { dataDir = '' } = await freshStore('pglite');
    const env = { DATA_DIR: dataDir, APP_SECRET: SECRET, METRICS_TOKEN, COMPACT_AFTER_UPDATES: '100000' };
    const port = await freePort();
    let server = await spawnServer(env, port, 240_000);
    const file = join(tmpdir(), `iep-backup-${process.pid}-${Date.now()}.tar.gz`);
    try {
      const ot = await login(server, 'ot');
      const mateo = await sectionOf(server, ot, 'Mateo');
      const ava = await sectionOf(server, ot, 'Ava');
      await typeAndStore(server, ot, mateo, ['tok-before-1', 'tok-before-2']);
      await call(server, `/api/sections/${mateo}/transition`, ot, { to: 'meeting' });
      await call(server, `/api/sections/${mateo}/transition`, ot, {
        to: 'pending_signoff',
        overrides: REASONS_FOR_EMPTY_SECTION,
      });
      const signoff = (await call(server, `/api/sections/${mateo}/signoffs`, ot)) as { version: { number: number } };
      const versionNumber = signoff.version.number;
      await call(server, `/api/sections/${mateo}/signoffs`, ot, {
        versionNumber,
        typedName: 'Olivia Torres',
        decision: 'approve',
      });
      await storedEverything(server);

      const backup = await cli(dataDir, 'backup', file);
      expect(backup).toMatchObject({ code: 0 });
      expect(backup.output).toMatch(/from the running server/);
      const refused = await cli(dataDir, 'restore', file);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/in use by another process/);

      // What the database held at the backup: nothing was written since, and kill -9 writes nothing.
      await stop(server, 'SIGKILL');
      const atBackup = await fingerprint(dataDir);

      server = await spawnServer(env, port, 240_000);
      const ot2 = await login(server, 'ot');
      const parent = await login(server, 'parent');
      await call(server, `/api/sections/${mateo}/signoffs`, parent, {
        versionNumber,
        typedName: 'Paula Reyes',
        decision: 'consent',
      });
      await typeAndStore(server, ot2, ava, ['tok-after-1']);
      await stop(server, 'SIGTERM');
      const changed = await fingerprint(dataDir);
      // Shutdown folds Ava's new updates into her snapshot: the section's rows changed either way.
      for (const table of ['Signature', 'AuditEvent']) expect(changed[table]).not.toBe(atBackup[table]);
      expect([changed.SectionUpdate, changed.SectionSnapshot]).not.toEqual([
        atBackup.SectionUpdate,
        atBackup.SectionSnapshot,
      ]);

      const restored = await cli(dataDir, 'restore', file);
      expect(restored).toMatchObject({ code: 0 });
      expect(restored.output).toMatch(/kept at/);
      expect(await fingerprint(dataDir)).toEqual(atBackup);

      server = await spawnServer(env, port, 240_000);
      const ot3 = await login(server, 'ot');
      expect(await readSection(server, ot3, mateo)).toContain('tok-before-2');
      expect(await readSection(server, ot3, ava)).not.toContain('tok-after');
    } finally {
      await stop(server, 'SIGKILL');
    }
  });

  it('refuses a restore onto a newer schema, and a backup made by a newer version, changing nothing', async () => {
    const { dataDir: source = '' } = await freshStore('pglite');
    const { dataDir: target = '' } = await freshStore('pglite');
    const file = join(tmpdir(), `iep-backup-${process.pid}-${Date.now()}-schema.tar.gz`);
    expect((await cli(source, 'backup', file)).code).toBe(0);

    const future = async (dir: string): Promise<void> => {
      const prisma = new PrismaService(loadConfig({ LOG_LEVEL: 'silent' }, { dataDir: dir, databaseUrl: undefined }));
      await prisma.client.$executeRawUnsafe(
        `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ('future', 'x', '29990101000000_future', now(), now(), 1)`,
      );
      await prisma.close();
    };
    await future(target);
    const before = await fingerprint(target);
    const onto = await cli(target, 'restore', file);
    expect(onto.code).toBe(1);
    expect(onto.output).toMatch(/newer schema than the backup \(29990101000000_future\).*Nothing was changed/);
    expect(await fingerprint(target)).toEqual(before);
    expect(readdirSync(target).filter((f) => f.includes('restoring') || f.includes('before-restore'))).toEqual([]);

    const newerFile = join(tmpdir(), `iep-backup-${process.pid}-${Date.now()}-newer.tar.gz`);
    expect((await cli(target, 'backup', newerFile)).code).toBe(0);
    const made = await cli(source, 'restore', newerFile);
    expect(made.code).toBe(1);
    expect(made.output).toMatch(/made by a newer version/);
  });

  it('refuses to back up a directory held by a process that is not a server taking backup requests', async () => {
    const { dataDir = '' } = await freshStore('pglite');
    // A live process that is not the server (here: the test runner itself) holds the directory.
    writeFileSync(join(dataDir, 'pglite.lock'), String(process.pid));
    const file = join(tmpdir(), `iep-backup-${process.pid}-${Date.now()}-held.tar.gz`);
    const result = await cli(dataDir, 'backup', file);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/in use by pid \d+, which is not a running server.*Nothing was written/);
    expect(existsSync(file)).toBe(false);
  });
});
