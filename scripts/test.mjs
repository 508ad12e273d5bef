// `npm test`: install if needed, then typecheck, lint, build and run every test (unit, integration,
// browser) through turbo; ends with one summary line of all jest results.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureInstalled } from './install.mjs';
import { pnpm, root } from './pnpm.mjs';

ensureInstalled();

const resultFiles = ['apps/server', 'apps/client', 'packages/shared', 'apps/bench'].map((p) => join(root, p, 'test-results', 'jest.json'));
for (const file of resultFiles) {
  rmSync(file, { force: true });
  mkdirSync(dirname(file), { recursive: true });
}

const code = pnpm(['exec', 'turbo', 'run', 'typecheck', 'lint', 'test', '--continue', '--concurrency=1']);

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
process.exit(code !== 0 || failed > 0 || passed === 0 ? 1 : 0);
