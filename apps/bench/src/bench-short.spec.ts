import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchResult } from './run';
import { SERVER_KINDS } from './servers/messages';

/** The built CLI (the test task depends on the build, like the server's process tests). */
const CLI = resolve(__dirname, '../dist/cli.js');

describe('the benchmark, short run', () => {
  let out = '';
  let result: BenchResult;
  let exitCode: number | null = null;
  let output = '';

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'iep-bench-short-'));
    await new Promise<void>((done) => {
      const child = execFile(
        process.execPath,
        [CLI, '--short', '--out', out],
        { maxBuffer: 64 * 1024 * 1024 },
        (_err, stdout, stderr) => {
          output = `${stdout}\n${stderr}`;
          done();
        },
      );
      child.on('exit', (code) => (exitCode = code));
    });
    result = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as BenchResult;
    // Beside the server suite in `npm test`, on 2 cores, the short run can take several minutes.
  }, 600_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs every server and every shape, with no figure missing and no delivery lost', () => {
    expect(result.broken).toEqual([]);
    expect(exitCode).toBe(0);
    for (const kind of SERVER_KINDS) {
      const figures = result.servers[kind];
      expect(figures).toBeDefined();
      if (!figures) continue;
      const shapes = new Set(figures.steps.map((s) => s.shape));
      expect([...shapes].sort()).toEqual(['A', 'B']);
      for (const step of figures.steps) {
        expect(step.expected).toBeGreaterThan(0);
        expect({ kind, step: step.label, received: step.received }).toEqual({
          kind,
          step: step.label,
          received: step.expected,
        });
        // A step the generators could not drive (a busy machine) is flagged, not counted; a valid one has its figure.
        if (step.invalidRounds === 0) expect(step.p99.median).not.toBeNull();
      }
      expect(figures.memory?.cyclesOk).toBe(figures.memory?.cycles);
      if (kind !== 'relay') expect(figures.sync?.bySize.every((s) => s.cold.median !== null)).toBe(true);
      // Every server says how many documents it holds (ours through its registry's count).
      expect(figures.memory?.docsInMemoryAfterIdle).not.toBeNull();
    }
  });

  it('writes the JSON, the markdown table and the chart', () => {
    expect(existsSync(join(out, 'results.md'))).toBe(true);
    expect(readFileSync(join(out, 'results.md'), 'utf8')).toContain('ours / hocuspocus');
    expect(readFileSync(join(out, 'latency.svg'), 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(output).toContain('No figure missing, no delivery lost.');
    expect(output).toMatch(/generators' event-loop delay p99/);
  });
});
