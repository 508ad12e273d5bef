// Installs dependencies only when the lockfile or a package manifest changed since the last install.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pnpm, root } from './pnpm.mjs';

const manifests = [
  'package.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'apps/server/package.json',
  'apps/client/package.json',
  'packages/shared/package.json',
  'apps/bench/package.json',
];
const stamp = join(root, 'node_modules', '.install-stamp');

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of manifests) {
    const path = join(root, file);
    hash.update(file).update(existsSync(path) ? readFileSync(path) : '');
  }
  return hash.digest('hex');
}

export function ensureInstalled() {
  const want = fingerprint();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  console.log('Installing dependencies (first run, or the manifests changed)…');
  const code = pnpm(['install', '--frozen-lockfile']);
  if (code !== 0) {
    console.error('Install failed.');
    process.exit(code);
  }
  writeFileSync(stamp, want);
}
