// The project's own migrate command. Prisma's CLI would download a native schema engine, which these
// machines cannot; the same engine ships as WebAssembly and runs here through a driver adapter.
// Migrations stay in Prisma's format (prisma/migrations) and are recorded in `_prisma_migrations`,
// so `prisma migrate deploy` on a connected machine agrees with what this applied.
//
//   migrate.mjs apply            apply what is new (PGlite under DATA_DIR, or MIGRATION_DATABASE_URL,
//                                else DATABASE_URL: migrations run as the schema's owner, the server as
//                                a least-privilege role, README "Security")
//   migrate.mjs create <name>    write a new migration from the schema's difference to history
//   migrate.mjs apply --data-dir <dir>   apply into a specific PGlite directory (tests)
// On PostgreSQL, `apply` holds the start-up advisory lock: instances started together take turns.
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as engineGlue from '@prisma/schema-engine-wasm/schema_engine_bg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const schemaPath = join(repoRoot, 'prisma/schema.prisma');
const migrationsDir = join(repoRoot, 'prisma/migrations');
const lockfilePath = join(migrationsDir, 'migration_lock.toml');
const filters = { externalTables: [], externalEnums: [] };
const require = createRequire(import.meta.url);

async function loadEngine() {
  const wasmPath = require.resolve('@prisma/schema-engine-wasm').replace(/schema_engine\.js$/, 'schema_engine_bg.wasm');
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { './schema_engine_bg.js': engineGlue });
  engineGlue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return engineGlue.SchemaEngine;
}

/**
 * @prisma/adapter-pg runs a migration script by splitting it on every ";", which breaks a
 * function body ($$ … $$). PostgreSQL runs a multi-statement script sent as one simple query,
 * in one implicit transaction, so we send it whole.
 */
function wholeScripts(factory) {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script) => {
      try {
        await adapter.client.query(script);
      } catch (error) {
        adapter.onError(error);
      }
    };
    return adapter;
  };
  return factory;
}

async function openAdapter(argDataDir) {
  const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  if (url && !argDataDir) {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    return {
      factory: wholeScripts(new PrismaPg({ connectionString: url })),
      label: 'PostgreSQL',
      close: async () => {},
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  const { resolveDataDir, acquirePgliteLock } = require('../dist/db/pglite-files.js');
  const dir = argDataDir ?? resolveDataDir(process.env.DATA_DIR);
  mkdirSync(dir, { recursive: true });
  const release = acquirePgliteLock(dir);
  const client = new PGlite(join(dir, 'pglite'));
  await client.waitReady;
  return {
    factory: new PrismaPGlite(client),
    label: `PGlite at ${dir}`,
    close: async () => {
      await client.close();
      release();
    },
  };
}

function migrationsList() {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockfilePath) ? readFileSync(lockfilePath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => {
      const file = join(migrationsDir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok', value: readFileSync(file, 'utf8') }
            : { tag: 'error', value: 'missing migration.sql' },
        },
      };
    }),
  };
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const dataDirIdx = rest.indexOf('--data-dir');
  const argDataDir = dataDirIdx >= 0 ? resolve(rest[dataDirIdx + 1]) : undefined;
  if (command !== 'apply' && command !== 'create') {
    console.error('usage: migrate.mjs apply [--data-dir DIR] | create <name>');
    process.exit(2);
  }
  // On PostgreSQL, under the start-up lock: instances started together migrate one at a time, and a
  // server never checks (or seeds) a half-migrated schema (src/db/startup-lock.ts).
  const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  const { withStartupLock } = require('../dist/db/startup-lock.js');
  try {
    await withStartupLock(
      command === 'apply' && !argDataDir && url ? url : undefined,
      () => run(command, rest, argDataDir),
      (message) => console.log(`migrate: ${message}`),
    );
  } catch (err) {
    console.error('migrate: failed:', err instanceof Error ? err.message : err);
    process.exitCode = 1;
  }
}

async function run(command, rest, argDataDir) {
  const SchemaEngine = await loadEngine();
  const db = await openAdapter(argDataDir);
  const schemaText = readFileSync(schemaPath, 'utf8');
  const logs = [];
  try {
    const engine = await SchemaEngine.new(
      { datamodels: [[schemaPath, schemaText]] },
      (line) => logs.push(line),
      bindMigrationAwareSqlAdapterFactory(db.factory),
    );
    if (command === 'apply') {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
      console.log(
        appliedMigrationNames.length
          ? `migrate: applied ${appliedMigrationNames.join(', ')} (${db.label})`
          : `migrate: database is up to date (${db.label})`,
      );
    } else {
      const name = (rest.find((a) => !a.startsWith('--')) ?? 'change').replace(/[^a-z0-9_]/gi, '_');
      // The engine's shadow database is not available through this adapter, so the history is
      // replayed into a throwaway in-memory PGlite and that live database is diffed with the schema.
      const { PGlite } = await import('@electric-sql/pglite');
      const { PrismaPGlite } = await import('pglite-prisma-adapter');
      const scratch = new PGlite();
      const scratchEngine = await SchemaEngine.new(
        { datamodels: [[schemaPath, schemaText]] },
        (line) => logs.push(line),
        bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(scratch)),
      );
      await scratchEngine.applyMigrations({ migrationsList: migrationsList(), filters });
      const files = [{ path: schemaPath, content: schemaText }];
      const { stdout } = await scratchEngine.diff({
        from: { tag: 'schemaDatasource', files, configDir: dirname(schemaPath) },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: null,
        filters,
      });
      scratchEngine.free();
      await scratch.close();
      const sql = (stdout ?? '').trim();
      if (!sql || /^-- This is an empty migration\.?$/.test(sql)) {
        console.log('migrate: the schema matches the migrations; nothing to create');
      } else {
        const stamp = new Date()
          .toISOString()
          .replace(/[-:TZ.]/g, '')
          .slice(0, 14);
        const dir = join(migrationsDir, `${stamp}_${name}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'migration.sql'), `${sql}\n`);
        if (!existsSync(lockfilePath)) {
          writeFileSync(
            lockfilePath,
            '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
          );
        }
        console.log(`migrate: created ${dir}`);
      }
    }
    engine.free();
  } catch (err) {
    console.error('migrate: failed:', err instanceof Error ? err.message : err);
    if (logs.length) console.error(logs.slice(-5).join('\n'));
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}

await main();
// The WASM engine leaves a timer behind that holds the process for ~10 s; everything is closed here.
process.exit(process.exitCode ?? 0);
