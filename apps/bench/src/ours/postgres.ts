import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { SERVER_ROOT, type OursTemplate } from './setup';

const run = promisify(execFile);

function urlFor(base: string, database: string): string {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(base: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: base });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Our server on PostgreSQL (where DATABASE_URL is set): a template database migrated and seeded
 * once, and a fresh copy of it (CREATE DATABASE ... TEMPLATE) for every round.
 */
export class PgStore {
  private readonly template = `iep_bench_tpl_${process.pid}`;
  private readonly rounds: string[] = [];

  constructor(private readonly base: string) {}

  async prepare(users: number, sections: number): Promise<OursTemplate> {
    await admin(this.base, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${this.template}`);
      await c.query(`CREATE DATABASE ${this.template}`);
    });
    const env = { ...process.env, DATABASE_URL: urlFor(this.base, this.template), LOG_LEVEL: 'silent' };
    await run(
      process.execPath,
      ['--experimental-wasm-modules', '--no-warnings', join(SERVER_ROOT, 'scripts/migrate.mjs'), 'apply'],
      { cwd: SERVER_ROOT, env },
    );
    const { stdout } = await run(
      process.execPath,
      [join(__dirname, 'seed.js'), join(SERVER_ROOT, 'dist'), String(users), String(sections)],
      { env },
    );
    const line = stdout.split('\n').find((l) => l.startsWith('{"sectionIds"'));
    if (!line) throw new Error(`bench seed (PostgreSQL) printed no section ids: ${stdout}`);
    return { dir: '', sectionIds: (JSON.parse(line) as { sectionIds: string[] }).sectionIds, users };
  }

  /** A fresh database for one round; returns its URL. */
  async roundDatabase(round: number): Promise<string> {
    const name = `iep_bench_r${round}_${process.pid}`;
    await admin(this.base, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      await c.query(`CREATE DATABASE ${name} TEMPLATE ${this.template}`);
    });
    this.rounds.push(name);
    return urlFor(this.base, name);
  }

  /** Bytes the database takes on disk (tables, indexes, TOAST): its growth is what was written and kept. */
  async size(url: string): Promise<number> {
    return admin(url, async (c) =>
      Number(
        (await c.query<{ size: string }>('SELECT pg_database_size(current_database())::text AS size')).rows[0]?.size ??
          0,
      ),
    );
  }

  async dropAll(): Promise<void> {
    await admin(this.base, async (c) => {
      for (const name of [...this.rounds, this.template]) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
  }
}
