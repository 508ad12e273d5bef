import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { stopRunBrowser } from './browser-server';

export default async function globalTeardown(): Promise<void> {
  await stopRunBrowser();
  const root = process.env.IEP_TEST_ROOT;
  if (root) rmSync(root, { recursive: true, force: true });
  const base = process.env.DATABASE_URL;
  const name = process.env.IEP_TEST_PG_NAME;
  if (base && name) {
    const admin = new Client({ connectionString: base });
    await admin.connect();
    // The run's database and every copy of it the tests made (test-app.ts: freshStore).
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $1 || '\\_w%'",
      [name],
    );
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.end();
  }
}
