// `npm start`: install if needed, build what changed, migrate, then run the server with the client.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureInstalled } from './install.mjs';
import { pnpmAsync, root } from './pnpm.mjs';

ensureInstalled();

// turbo replays cached builds, so a second start with no changes does not rebuild. The first build
// takes a minute or so: say so, name each package as its build starts, and show that time passes.
const started = Date.now();
console.log('Building shared code, the server and the client (the first time takes about a minute)…');
const ticker = setInterval(
  () => console.log(`  …still building (${Math.round((Date.now() - started) / 1000)} s)`),
  15_000,
);
const built = await pnpmAsync(['exec', 'turbo', 'run', 'build', '--output-logs=hash-only']);
clearInterval(ticker);
if (built !== 0) process.exit(1);
console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);

const server = join(root, 'apps/server');
const migrate = spawnSync(process.execPath, [join(server, 'scripts/migrate.mjs'), 'apply'], {
  stdio: 'inherit',
  env: process.env,
});
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

const child = spawn(process.execPath, [join(server, 'dist/main.js')], { stdio: 'inherit', env: process.env });
// Ctrl-C reaches the whole process group; forward other signals, and let the server shut down cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (signal === 'SIGTERM') child.kill('SIGTERM');
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
