// `npm run backup [file]` and `npm run restore <file>` for the embedded store (PGlite under DATA_DIR).
// On PostgreSQL, use pg_dump / pg_restore (README "Running it for a district").
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config';
import { resolveDataDir } from '../db/pglite-files';
import { acceptsFileOf, requestFileOf, resultFileOf, type BackupResult } from './backup/backup-trigger';
import { backupStopped, restoreBackup } from './backup/pglite-backup';

const WAIT_MS = 120_000;
const PG_HELP =
  'DATABASE_URL is set: this deployment runs on PostgreSQL. Back up with\n' +
  '  pg_dump --format=custom --file=iep.dump "$DATABASE_URL"\n' +
  'and restore into an empty database with\n' +
  '  pg_restore --no-owner --dbname="$DATABASE_URL" iep.dump\n' +
  '(README, "Running it for a district").';

/** Paths are relative to where `npm run` was typed (npm passes it as INIT_CWD). */
const fromUser = (path: string): string => resolve(process.env.INIT_CWD ?? process.cwd(), path);

/** The pid of the live process holding DATA_DIR, if any. */
function holder(dataDir: string): number | null {
  const lock = join(dataDir, 'pglite.lock');
  if (!existsSync(lock)) return null;
  const pid = Number(readFileSync(lock, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** Asks the running server for the backup (see BackupTrigger) and waits for its answer. */
async function backupRunning(dataDir: string, pid: number, target: string): Promise<number> {
  const accepts = acceptsFileOf(dataDir);
  if (!existsSync(accepts) || readFileSync(accepts, 'utf8') !== String(pid))
    throw new Error(
      `The embedded database at ${dataDir} is in use by pid ${pid}, which is not a running server that takes ` +
        'backup requests (a migration, a seed or a restore?). Nothing was written: try again once it has finished.',
    );
  const id = randomUUID();
  writeFileSync(requestFileOf(dataDir), JSON.stringify({ id, target }));
  process.kill(pid, 'SIGUSR2');
  const resultFile = resultFileOf(dataDir, id);
  const started = Date.now();
  while (!existsSync(resultFile)) {
    if (Date.now() - started > WAIT_MS) {
      rmSync(requestFileOf(dataDir), { force: true });
      throw new Error(`The server (pid ${pid}) did not answer the backup request within ${WAIT_MS / 1000} s.`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as BackupResult;
  rmSync(resultFile, { force: true });
  if (!result.ok) throw new Error(`The server could not write the backup: ${result.error ?? 'unknown error'}`);
  return result.bytes ?? 0;
}

async function main(): Promise<number> {
  const [command, fileArg] = process.argv.slice(2);
  const config = loadConfig();
  if (command !== 'backup' && command !== 'restore') {
    console.error('usage: backup-cli backup [file.tar.gz] | restore <file.tar.gz>');
    return 2;
  }
  if (config.databaseUrl) {
    console.error(PG_HELP);
    return 2;
  }
  const dataDir = resolveDataDir(config.dataDir);
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
    const target = fromUser(fileArg ?? join('backups', `iep-${stamp}.tar.gz`));
    const pid = holder(dataDir);
    const bytes = pid === null ? await backupStopped(dataDir, target) : await backupRunning(dataDir, pid, target);
    console.log(
      `backup: wrote ${target} (${bytes} bytes${pid === null ? '' : `, from the running server pid ${pid}`})`,
    );
    return 0;
  }
  if (!fileArg) {
    console.error('usage: npm run restore -- <file.tar.gz>');
    return 2;
  }
  const { keptAt } = await restoreBackup(fromUser(fileArg), dataDir);
  console.log(
    `restore: ${dataDir} now holds the backup ${fromUser(fileArg)}` +
      (keptAt ? `; the database it replaced is kept at ${keptAt} (delete it when satisfied)` : ''),
  );
  return 0;
}

// A promise that never settles would let node exit with 0 having done nothing: fail unless main says so.
process.exitCode = 1;
main()
  .then((code) => (process.exitCode = code))
  .catch((err: Error) => {
    console.error(`${process.argv[2] ?? 'backup'}: ${err.message}`);
    process.exitCode = 1;
  });
