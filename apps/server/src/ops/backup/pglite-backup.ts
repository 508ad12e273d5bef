import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { knownMigrations } from '../../db/migration-check';
import { acquirePgliteLock } from '../../db/pglite-files';

/** Where PGlite keeps its files inside DATA_DIR (as PrismaService opens it). */
export const pgliteDirOf = (dataDir: string): string => join(dataDir, 'pglite');

export class BackupRefusedError extends Error {}

/** Writes bytes to `file` through a temporary name, so a half-written backup never carries the real name. */
export function writeWhole(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
}

/** A consistent copy of an open PGlite: no transaction open, no query running, after a checkpoint. */
export async function dumpOpen(db: PGlite): Promise<Uint8Array> {
  // exec and query take the transaction mutex themselves: checkpoint first, then dump holding it.
  await db.exec('CHECKPOINT');
  const blob = await db._runExclusiveTransaction(() => db.dumpDataDir('gzip'));
  return new Uint8Array(await blob.arrayBuffer());
}

async function migrationsOf(db: PGlite): Promise<string[]> {
  try {
    const { rows } = await db.query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    return rows.map((r) => r.migration_name).sort();
  } catch {
    return [];
  }
}

/** Backs up a data directory no process has open (the server is stopped): opens it, dumps, closes. */
export async function backupStopped(dataDir: string, file: string): Promise<number> {
  const release = acquirePgliteLock(dataDir);
  try {
    if (!existsSync(join(pgliteDirOf(dataDir), 'PG_VERSION')))
      throw new BackupRefusedError(`There is no embedded database at ${dataDir} to back up.`);
    const db = new PGlite(pgliteDirOf(dataDir));
    try {
      const bytes = await dumpOpen(db);
      writeWhole(file, bytes);
      return bytes.byteLength;
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

/**
 * Restores a backup into DATA_DIR. Refuses while a process has the directory open, when the backup
 * was made by a newer version (migrations this code does not know), and when the directory's schema
 * is newer than the backup's. The backup is unpacked and checked beside the directory first; only
 * then is the current database moved aside (kept, not deleted) and the restored one put in its place.
 */
export async function restoreBackup(file: string, dataDir: string): Promise<{ keptAt: string | null }> {
  if (!existsSync(file)) throw new BackupRefusedError(`No backup file at ${file}.`);
  mkdirSync(dataDir, { recursive: true });
  const release = acquirePgliteLock(dataDir);
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  const staging = join(dataDir, `pglite.restoring-${stamp}`);
  try {
    const staged = await PGlite.create(staging, { loadDataDir: new Blob([readFileSync(file)]) });
    const backupHas = await migrationsOf(staged).finally(() => staged.close());
    const known = new Set(knownMigrations());
    const unknown = backupHas.filter((m) => !known.has(m));
    if (backupHas.length === 0) throw new BackupRefusedError(`${file} holds no IEP workspace database.`);
    if (unknown.length > 0)
      throw new BackupRefusedError(
        `The backup was made by a newer version (its schema has ${unknown.join(', ')}): restore it with that version.`,
      );
    const current = pgliteDirOf(dataDir);
    let keptAt: string | null = null;
    if (existsSync(join(current, 'PG_VERSION'))) {
      const db = new PGlite(current);
      const currentHas = await migrationsOf(db).finally(() => db.close());
      const newer = currentHas.filter((m) => !backupHas.includes(m));
      if (newer.length > 0)
        throw new BackupRefusedError(
          `The database at ${dataDir} has a newer schema than the backup (${newer.join(', ')}). Nothing was changed. ` +
            'Restore into an empty DATA_DIR instead, then run `npm run migrate` there.',
        );
      keptAt = `${current}.before-restore-${stamp}`;
      renameSync(current, keptAt);
    }
    renameSync(staging, current);
    return { keptAt };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    release();
  }
}
