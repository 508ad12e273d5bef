import { Histogram, summarize, type LatencySummary } from './histogram';
import type { LoadWorker } from './load/pool';
import type { ClientSpec, DrainResult } from './load/specs';
import { idleWaitMs, type ServerHandle } from './servers/handle';
import type { ServerStats } from './servers/messages';
import type { Target } from './target';

export interface DocLoad {
  doc: number;
  editors: number;
  viewers: number;
  /** How many of the editors are real y-websocket providers. */
  probes: number;
}

export interface StepResult {
  label: string;
  docs: number;
  editorsPerDoc: number;
  clients: number;
  latency: LatencySummary;
  hist: Histogram;
  keystrokes: number;
  expected: number;
  received: number;
  /** Server CPU over the typing window, % of one core. */
  cpuPct: number;
  eldP99: number;
  rss: number;
  heapUsed: number;
  diskWriteBytes: number | null;
  storeBytes: number | null;
  errors: string[];
  /** The load generators' own event-loop delay p99: if high, the clients were the bottleneck. */
  clientEldP99: number;
  syncMs: number[];
}

export interface Timing {
  cps: number;
  cursorHz: number;
  durationMs: number;
  drainMs: number;
}

/** Quiet time after building the documents, before timing first syncs: longer after a megabyte-sized one. */
const settleAfterPushMs = (sizes: number[]): number => (Math.max(0, ...sizes) > 1_000_000 ? 3000 : 500);

const delta = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : b - a);

/** Spreads documents over the workers: a document's editors together, its viewers round robin. */
async function buildSpecs(target: Target, loads: DocLoad[], workers: number): Promise<ClientSpec[][]> {
  const perWorker: ClientSpec[][] = Array.from({ length: workers }, () => []);
  const wanted: { worker: number; make: () => Promise<ClientSpec> }[] = [];
  for (const [i, load] of loads.entries()) {
    for (let e = 0; e < load.editors; e++)
      wanted.push({ worker: i % workers, make: () => target.spec(load.doc, 'editor', e < load.probes) });
    for (let v = 0; v < load.viewers; v++)
      wanted.push({ worker: (i + v) % workers, make: () => target.spec(load.doc, 'viewer', false) });
  }
  // Tokens are asked for in batches (ours: one request per user and document, cached after).
  for (let i = 0; i < wanted.length; i += 32) {
    const batch = wanted.slice(i, i + 32);
    const specs = await Promise.all(batch.map((w) => w.make()));
    specs.forEach((spec, j) => perWorker[batch[j]?.worker ?? 0]?.push(spec));
  }
  return perWorker;
}

/** Connects, types for a while, drains, measures and closes. `during` runs alongside the typing. */
export async function runLoad(
  server: ServerHandle,
  target: Target,
  pool: LoadWorker[],
  label: string,
  loads: DocLoad[],
  timing: Timing,
  during: () => Promise<void> = () => Promise.resolve(),
): Promise<StepResult> {
  target.resetUsers();
  const specs = await buildSpecs(target, loads, pool.length);
  const used = pool.filter((_, i) => (specs[i] ?? []).length > 0);
  const setups = await Promise.all(
    used.map((w, i) =>
      w.request({ type: 'setup', clients: specs[pool.indexOf(w)] ?? [] }, 'setup-done').then((r) => ({ r, i })),
    ),
  );
  const errors = setups.flatMap(({ r }) => r.errors);
  const syncMs = setups.flatMap(({ r }) => r.syncMs);
  await new Promise((r) => setTimeout(r, 100));
  const before: ServerStats = await server.stats(false, true);
  const t0 = Date.now();
  await Promise.all([
    ...used.map((w) =>
      w.request({ type: 'type', durationMs: timing.durationMs, cps: timing.cps, cursorHz: timing.cursorHz }, 'typed'),
    ),
    during(),
  ]);
  const wall = Date.now() - t0;
  const after: ServerStats = await server.stats(false, false);
  // Every process's sends go to every process, which matches its own receipts against them.
  const table: Record<string, number[]> = {};
  for (const r of await Promise.all(used.map((w) => w.request({ type: 'sends' }, 'sends')))) {
    for (const [doc, triples] of Object.entries(r.sends)) table[doc] = [...(table[doc] ?? []), ...triples];
  }
  const results: DrainResult[] = await Promise.all(
    used.map((w) => w.request({ type: 'drain', timeoutMs: timing.drainMs, table }, 'result')),
  );
  await Promise.all(used.map((w) => w.request({ type: 'close' }, 'closed')));
  const hist = new Histogram();
  for (const r of results) hist.merge(r.hist);
  const sum = (f: (r: DrainResult) => number): number => results.reduce((n, r) => n + f(r), 0);
  return {
    label,
    docs: loads.length,
    editorsPerDoc: loads[0]?.editors ?? 0,
    clients: loads.reduce((n, l) => n + l.editors + l.viewers, 0),
    latency: summarize(hist),
    hist,
    keystrokes: sum((r) => r.keystrokes),
    expected: sum((r) => r.expected),
    received: sum((r) => r.received),
    cpuPct: ((after.cpuMs - before.cpuMs) / wall) * 100,
    eldP99: after.eldP99,
    rss: after.rss,
    heapUsed: after.heapUsed,
    diskWriteBytes: delta(before.diskWriteBytes, after.diskWriteBytes),
    storeBytes: delta(before.storeBytes, after.storeBytes),
    errors: [...errors, ...results.flatMap((r) => r.errors)].slice(0, 20),
    clientEldP99: Math.max(0, ...results.map((r) => r.workerEldP99)),
    syncMs,
  };
}

export interface SyncFigures {
  /** Per document size (bytes): the first sync (document cold) and the median of the next ones. */
  bySize: { bytes: number; coldMs: number | null; warmMs: number | null; syncedBytes: number }[];
  /** Other documents' fan-out p99 while nobody syncs, and while the largest document syncs over and over. */
  baselineP99: number | null;
  duringSyncP99: number | null;
  errors: string[];
}

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? null;
};

/** Shape C: time to first sync by size, and what a large sync does to other documents' latency. */
export async function shapeC(
  server: ServerHandle,
  target: Target,
  pool: LoadWorker[],
  syncWorker: LoadWorker,
  sizes: number[],
  background: DocLoad[],
  timing: Timing,
  firstDoc: number,
  syncRepeats: number,
): Promise<{ figures: SyncFigures; steps: StepResult[] }> {
  const errors: string[] = [];
  const bySize: SyncFigures['bySize'] = [];
  for (const [i, bytes] of sizes.entries()) {
    const spec = await target.spec(firstDoc + i, 'editor', false);
    const pushed = await syncWorker.request({ type: 'push', spec, bytes }, 'pushed');
    errors.push(...pushed.errors);
  }
  // Let servers that unload idle documents do so (and finish storing them), so the first sync
  // below loads from storage and is not queued behind the large document's store.
  await new Promise((r) => setTimeout(r, idleWaitMs(server.kind) + settleAfterPushMs(sizes)));
  for (const [i, bytes] of sizes.entries()) {
    const spec = await target.spec(firstDoc + i, 'viewer', false);
    const synced = await syncWorker.request({ type: 'sync-probe', spec, repeats: syncRepeats }, 'synced');
    errors.push(...synced.errors);
    bySize.push({ bytes, coldMs: synced.ms[0] ?? null, warmMs: median(synced.ms.slice(1)), syncedBytes: synced.bytes });
  }
  const baseline = await runLoad(server, target, pool, 'C baseline', background, timing);
  const largest = sizes.length - 1;
  const bigSpec = await target.spec(firstDoc + largest, 'viewer', false);
  const repeats = Math.max(2, Math.round(timing.durationMs / 1000));
  const during = await runLoad(server, target, pool, 'C during large sync', background, timing, async () => {
    const r = await syncWorker.request({ type: 'sync-probe', spec: bigSpec, repeats }, 'synced');
    errors.push(...r.errors);
  });
  return {
    figures: { bySize, baselineP99: baseline.latency.p99, duringSyncP99: during.latency.p99, errors },
    steps: [baseline, during],
  };
}

export interface MemoryFigures {
  baselineHeap: number;
  /** Heap with the idle documents (after every client left and the idle time passed), per document. */
  heapPerIdleDoc: number;
  docsInMemoryAfterIdle: number | null;
  idleDocs: number;
  cycles: number;
  cyclesOk: number;
  cyclesMs: number;
  heapBeforeCycles: number;
  heapAfterCycles: number;
  heapGrowthPct: number;
  errors: string[];
}

/** Shape D: memory after the last client leaves, and over many connect/disconnect cycles. */
export async function shapeD(
  server: ServerHandle,
  target: Target,
  pool: LoadWorker[],
  idleDocs: number,
  firstDoc: number,
  cycles: number,
  lanes: number,
  timing: Timing,
): Promise<MemoryFigures> {
  const cycleDoc = firstDoc + idleDocs;
  // Warm up (code paths compiled, pools filled) on the cycling document, then take the baseline.
  await runLoad(server, target, pool, 'D warm-up', [{ doc: cycleDoc, editors: 2, viewers: 0, probes: 0 }], {
    ...timing,
    durationMs: Math.min(500, timing.durationMs),
  });
  await new Promise((r) => setTimeout(r, idleWaitMs(server.kind)));
  const base = await server.stats(true);
  const loads: DocLoad[] = Array.from({ length: idleDocs }, (_, i) => ({
    doc: firstDoc + i,
    editors: 2,
    viewers: 0,
    probes: 0,
  }));
  const step = await runLoad(server, target, pool, 'D idle docs', loads, {
    ...timing,
    durationMs: Math.min(1000, timing.durationMs),
  });
  await new Promise((r) => setTimeout(r, idleWaitMs(server.kind)));
  const idle = await server.stats(true);
  target.resetUsers();
  const specs: ClientSpec[] = [];
  for (let i = 0; i < lanes; i++) specs.push(await target.spec(cycleDoc, 'viewer', false));
  const worker = pool[0];
  if (!worker) throw new Error('no load worker');
  const warm = await worker.request(
    { type: 'cycles', specs, count: Math.min(200, Math.ceil(cycles / 4)), concurrency: lanes },
    'cycles-done',
  );
  const before = await server.stats(true);
  const run = await worker.request({ type: 'cycles', specs, count: cycles, concurrency: lanes }, 'cycles-done');
  await new Promise((r) => setTimeout(r, idleWaitMs(server.kind)));
  const after = await server.stats(true);
  return {
    baselineHeap: base.heapUsed,
    heapPerIdleDoc: (idle.heapUsed - base.heapUsed) / idleDocs,
    docsInMemoryAfterIdle: idle.docs === null || base.docs === null ? null : idle.docs - base.docs,
    idleDocs,
    cycles,
    cyclesOk: run.ok,
    cyclesMs: run.ms,
    heapBeforeCycles: before.heapUsed,
    heapAfterCycles: after.heapUsed,
    heapGrowthPct: ((after.heapUsed - before.heapUsed) / before.heapUsed) * 100,
    errors: [...step.errors, ...warm.errors, ...run.errors].slice(0, 20),
  };
}
