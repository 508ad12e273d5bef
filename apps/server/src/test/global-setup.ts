import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { GlobalConfig } from 'jest';
import { Client } from 'pg';
import { startRunBrowser } from './browser-server';
import { CHILD_NODE_FLAGS } from './server-process';

const migrate = resolve(__dirname, '../../scripts/migrate.mjs');

/**
 * Migrates once: a template PGlite directory that each test copies, and (when DATABASE_URL is set)
 * a fresh PostgreSQL database of its own for this run; and Chromium once, for the browser tests.
 */
export default async function globalSetup(globalConfig: GlobalConfig): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'iep-test-'));
  const template = join(root, 'template');
  const env = { ...process.env, DATABASE_URL: '' };
  execFileSync(process.execPath, [...CHILD_NODE_FLAGS, migrate, 'apply', '--data-dir', template], {
    env,
    stdio: 'pipe',
  });
  process.env.IEP_TEST_ROOT = root;
  process.env.IEP_TEST_PGLITE_TEMPLATE = template;

  const base = process.env.DATABASE_URL;
  if (base) {
    const name = `iep_test_${process.pid}_${Date.now()}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    execFileSync(process.execPath, [...CHILD_NODE_FLAGS, migrate, 'apply'], {
      env: { ...process.env, DATABASE_URL: url.toString() },
      stdio: 'pipe',
    });
    // Every store a test makes is a copy of this one (test-app.ts: freshStore).
    process.env.IEP_TEST_PG_URL = url.toString();
    process.env.IEP_TEST_PG_ADMIN_URL = base;
    process.env.IEP_TEST_PG_NAME = name;
  }

  // One Chromium for every browser test of the run.
  await startRunBrowser(globalConfig.testPathPatterns.patterns);
}
