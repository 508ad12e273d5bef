// Runs the pinned pnpm (package.json "packageManager") through npx: corepack's signature check
// fails on these machines, and pnpm need not be installed globally.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const pnpmSpec = pkg.packageManager;
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const pnpmEnv = (options) => ({ ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', ...options.env });

/** Runs pnpm with the given arguments in the repo root; returns its exit code. */
export function pnpm(args, options = {}) {
  const result = spawnSync(npx, ['--yes', pnpmSpec, ...args], { cwd: root, stdio: 'inherit', env: pnpmEnv(options) });
  return result.status ?? 1;
}

/**
 * Like `pnpm`, without waiting: resolves with the exit code. With `prefix`, every line it prints is
 * prefixed (as turbo does), so that two commands running side by side stay readable. With
 * `niceness`, the command runs at that lower CPU priority (it takes what the others leave).
 */
export function pnpmAsync(args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(npx, ['--yes', pnpmSpec, ...args], {
      cwd: root,
      stdio: options.prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: pnpmEnv(options),
    });
    // A lower priority (higher niceness) is inherited by everything the command starts.
    if (options.niceness && child.pid !== undefined) setPriority(child.pid, options.niceness);
    if (options.prefix) {
      for (const [from, to] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ]) {
        let rest = '';
        from.setEncoding('utf8');
        from.on('data', (chunk) => {
          const lines = (rest + chunk).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) to.write(`${options.prefix}${line}\n`);
        });
        from.on('end', () => rest && to.write(`${options.prefix}${rest}\n`));
      }
    }
    child.on('close', (code) => resolve(code ?? 1));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(pnpm(process.argv.slice(2)));
