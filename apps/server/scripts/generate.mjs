// Generates the Prisma client offline. `prisma generate` only needs PRISMA_SCHEMA_ENGINE_BINARY to
// name an existing file (it never runs it); without it the CLI tries to download an engine.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const schema = resolve(here, '../../../prisma/schema.prisma');
const marker = resolve(here, '../src/generated/prisma/client.ts');

if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(schema).mtimeMs) process.exit(0);

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('prisma/package.json')), 'build/index.js');
const result = spawnSync(process.execPath, [cli, 'generate', '--schema', schema], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
