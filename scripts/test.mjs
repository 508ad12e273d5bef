// `npm test`: install if needed, then build, typecheck, lint and run every test (unit, integration,
// browser, the benchmark's short run); ends with one summary line of all jest results.
//
// The server's tests are the longest stage by far. Once everything is built they run beside the
// rest (typecheck, lint, the client's, shared's and the benchmark's tests), which runs at a lower
// CPU priority so that it fills the gaps instead of starving the server's app start-ups. The
// server's files run in three jest workers by default (SERVER_TEST_WORKERS=N for another number:
// a browser test waits on Chromium a third of its time, so a third worker fills those gaps),
// each with its own PostgreSQL copy.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureInstalled } from './install.mjs';
import { pnpm, pnpmAsync, root } from './pnpm.mjs';

ensureInstalled();

const resultFiles = ['apps/server', 'apps/client', 'packages/shared', 'apps/bench'].map((p) =>
  join(root, p, 'test-results', 'jest.json'),
);
for (const file of resultFiles) {
  rmSync(file, { force: true });
  mkdirSync(dirname(file), { recursive: true });
}

const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;
const built = pnpm(['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
let codes = [built];
if (built === 0) {
  const serverTests = pnpmAsync(['--filter', '@iep/server', 'run', 'test'], { prefix: '@iep/server:test: ' }).then(
    (code) => {
      console.log(`\nServer tests finished after ${seconds()} (exit ${code}).`);
      return code;
    },
  );
  const background = { niceness: 15 };
  // The benchmark's short run mostly waits on its own timers (about 40 s of CPU in 70 s): it starts at
  // once, beside everything, instead of running alone at the end; at the normal priority, so that its
  // servers and load generators are not starved into timeouts.
  const bench = pnpmAsync(['--filter', '@iep/bench', 'run', 'test'], { prefix: '@iep/bench:test: ' });
  // Two tasks at a time: at their low priority they barely run beside the server's tests, and once
  // those end, what is left of them has both cores instead of one. `--only`: everything is built
  // already, and a build turbo replayed from its cache would rewrite dist/ and the generated Prisma
  // client while the server's tests (and the browser's service worker) read them.
  const rest = (async () => {
    const checks = await pnpmAsync(
      ['exec', 'turbo', 'run', 'typecheck', 'lint', '--only', '--continue', '--concurrency=2'],
      background,
    );
    const others = await pnpmAsync(
      [
        'exec',
        'turbo',
        'run',
        'test',
        '--filter=!@iep/server',
        '--filter=!@iep/bench',
        '--only',
        '--continue',
        '--concurrency=2',
      ],
      background,
    );
    console.log(`\nTypecheck, lint and the other packages' tests finished after ${seconds()}.`);
    return Math.max(checks, others, await bench);
  })();
  codes = await Promise.all([serverTests, rest]);
}

let passed = 0;
let failed = 0;
for (const file of resultFiles) {
  // A package whose jest wrote no results did not finish: that is a failure, never a silent pass.
  if (!existsSync(file)) {
    console.log(`No test results in ${file}`);
    failed += 1;
    continue;
  }
  const result = JSON.parse(readFileSync(file, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
}
console.log(`\nAll packages: ${passed} passed, ${failed} failed`);
process.exit(codes.some((code) => code !== 0) || failed > 0 || passed === 0 ? 1 : 0);
