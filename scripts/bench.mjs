// `npm run bench` (full run, several minutes) or `npm run bench -- --short` (CI size, under two
// minutes): install if needed, build the server and the benchmark, then race the servers.
// Results go to apps/bench/results/ (results.json, results.md, latency.svg).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled } from './install.mjs';
import { pnpm, root } from './pnpm.mjs';

ensureInstalled();
const built = pnpm(['exec', 'turbo', 'run', 'build', '--filter=@iep/bench...', '--output-logs=errors-only']);
if (built !== 0) process.exit(built);
const run = spawnSync(process.execPath, [join(root, 'apps/bench/dist/cli.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
