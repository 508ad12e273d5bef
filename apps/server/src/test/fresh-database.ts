import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { CHILD_NODE_FLAGS } from './server-process';

const MIGRATE = resolve(__dirname, '../../scripts/migrate.mjs');

/** The PostgreSQL the run was given (DATABASE_URL), or undefined when the run is PGlite-only. */
export const PG_BASE = process.env.IEP_TEST_PG_URL ? process.env.DATABASE_URL : undefined;

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/** An empty PostgreSQL database of its own (not migrated), dropped by `drop()`. */
export async function emptyDatabase(tag: string): Promise<FreshDatabase> {
  if (!PG_BASE) throw new Error('No PostgreSQL for this run (set DATABASE_URL)');
  const name = `iep_${tag}_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: PG_BASE });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_BASE);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const pg = new Client({ connectionString: PG_BASE });
      await pg.connect();
      await pg.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await pg.end();
    },
  };
}

/** Runs `migrate.mjs apply` as the image and `npm start` do; resolves with its exit code and output. */
export function runMigrate(env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolveRun) => {
    execFile(
      process.execPath,
      [...CHILD_NODE_FLAGS, MIGRATE, 'apply'],
      { env: { PATH: process.env.PATH ?? '', ...env } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolveRun({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}
