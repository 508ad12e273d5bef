// `npm run bench` (full) or `npm run bench -- --short` (CI): races our server against the peers and
// writes results.json, results.md and latency.svg. Exits non-zero only on a broken run.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, scaleFor } from './config';
import { markdown, svgChart } from './report';
import { runBench, type BenchResult } from './run';
import { ALL_KINDS, SERVER_KINDS, type ServerKind } from './servers/messages';

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const scale = scaleFor(opts.mode);
  if (opts.rounds) scale.rounds = opts.rounds;
  if (opts.durationMs) scale.timing.durationMs = opts.durationMs;
  if (opts.cycles) scale.d.cycles = opts.cycles;
  // The short run races every server but ours on PostgreSQL; the others race ours (on PostgreSQL too
  // where DATABASE_URL is set) with the two Yjs servers (the relay only when named: it is the floor).
  const full: ServerKind[] = process.env.DATABASE_URL
    ? ['ours', 'ours-pg', 'yws', 'hocuspocus']
    : ['ours', 'yws', 'hocuspocus'];
  const usual: ServerKind[] = opts.mode === 'short' ? [...SERVER_KINDS] : full;
  const kinds = opts.servers ? ALL_KINDS.filter((k: ServerKind) => opts.servers?.includes(k)) : usual;
  const outDir = resolve(opts.out || join(__dirname, '..', 'results'));
  const args = process.argv.slice(2).join(' ');
  const command = `${process.env.DATABASE_URL ? 'DATABASE_URL=… ' : ''}npm run bench${args ? ` -- ${args}` : ''}`;
  const write = (result: BenchResult): string => {
    writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
    const md = markdown(result);
    writeFileSync(join(outDir, 'results.md'), md);
    writeFileSync(join(outDir, 'latency.svg'), svgChart(result));
    return md;
  };
  const result = await runBench(scale, kinds, opts.cpuProf, outDir, command, (partial) => void write(partial));
  const md = write(result);
  process.stdout.write(`${md}\nWritten to ${outDir}\n`);
  process.exitCode = result.broken.length > 0 ? 1 : 0;
}

main().catch((err: Error) => {
  process.stderr.write(`bench failed: ${err.stack ?? err.message}\n`);
  process.exitCode = 1;
});
