// TypeScript's compiler for every package's `build` and `typecheck`: TypeScript 7, the native
// compiler, which checks and emits the same as 5.9 for about a fifth of the CPU (the server's check:
// 34 s → 6.5 s; its emit: 13 s → 2 s, the same JavaScript). 5.9 stays for typescript-eslint, which
// needs the JavaScript API that 7 does not have.
// Usage, from a package: node ../../scripts/tsc.mjs -p tsconfig.json [--noEmit | --noCheck …]
//
// --moduleResolution bundler: 7 dropped `node` (node10), the resolution tsconfig.base.json names
// because 5.9 (the editor's TypeScript, typescript-eslint's) allows nothing else beside
// `module: commonjs`; bundler resolves the same files and also follows packages' "exports", as
// Node's own require does. --singleThreaded: builds and checks run beside each other and the tests,
// where spare cores are none and threads only add CPU.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve('typescript-7/package.json')), 'bin', 'tsc');
const flags = ['--singleThreaded', '--moduleResolution', 'bundler'];
const { status } = spawnSync(process.execPath, [tsc, ...flags, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(status ?? 1);
