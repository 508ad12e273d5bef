import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docLayout, type Scale } from './config';
import { Histogram, summarize, type LatencySummary } from './histogram';
import { LoadWorker } from './load/pool';
import { copyTemplate, OursAuth, prepareTemplate, type OursTemplate } from './ours/setup';
import { ServerHandle } from './servers/handle';
import { isOurs, type ServerKind } from './servers/messages';
import { PgStore } from './ours/postgres';
import { runLoad, shapeC, shapeD, type DocLoad, type MemoryFigures, type StepResult, type SyncFigures } from './shapes';
import { Target } from './target';

export interface StepFigures {
  label: string;
  shape: 'A' | 'B';
  docs: number;
  editorsPerDoc: number;
  editors: number;
  clients: number;
  latency: LatencySummary;
  keystrokes: number;
  expected: number;
  received: number;
  cpuPct: number;
  eldP99: number;
  rss: number;
  heapUsed: number;
  clientEldP99: number;
  rounds: number;
}

export interface ServerFigures {
  steps: StepFigures[];
  timeToFirstSync: SyncFigures | null;
  memory: MemoryFigures | null;
  /** Most editors (D x P) of shape A held at p99 under the limit. */
  editorsHeld: number;
  diskBytesPerKeystroke: number | null;
  storeBytesPerKeystroke: number | null;
  errors: string[];
}

export interface BenchResult {
  meta: {
    mode: Scale['mode'];
    startedAt: string;
    finishedAt: string;
    node: string;
    scale: Scale;
    order: ServerKind[][];
  };
  servers: Partial<Record<ServerKind, ServerFigures>>;
  broken: string[];
}

interface Accum {
  steps: Map<string, { step: StepResult; shape: 'A' | 'B'; hist: Histogram; n: number; cpu: number }>;
  sync: SyncFigures | null;
  memory: MemoryFigures | null;
  disk: number | null;
  store: number | null;
  keystrokes: number;
  errors: string[];
}

/** Hocuspocus stores a document 2 s after its last change (its default debounce). */
const HOCUSPOCUS_STORE_DEBOUNCE_MS = 2000;

function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

function addStep(acc: Accum, shape: 'A' | 'B', step: StepResult): void {
  const existing = acc.steps.get(step.label);
  if (existing) {
    existing.hist.merge(step.hist.toJSON());
    existing.step.keystrokes += step.keystrokes;
    existing.step.expected += step.expected;
    existing.step.received += step.received;
    existing.step.eldP99 = Math.max(existing.step.eldP99, step.eldP99);
    existing.step.rss = Math.max(existing.step.rss, step.rss);
    existing.step.heapUsed = Math.max(existing.step.heapUsed, step.heapUsed);
    existing.step.clientEldP99 = Math.max(existing.step.clientEldP99, step.clientEldP99);
    existing.cpu += step.cpuPct;
    existing.n += 1;
  } else {
    const hist = new Histogram();
    hist.merge(step.hist.toJSON());
    acc.steps.set(step.label, { step: { ...step }, shape, hist, n: 1, cpu: step.cpuPct });
  }
  acc.errors.push(...step.errors);
  log(
    `  ${step.label}: p50 ${step.latency.p50?.toFixed(1)} p99 ${step.latency.p99?.toFixed(1)} max ${step.latency.max?.toFixed(1)} ms, ` +
      `${step.received}/${step.expected} delivered, cpu ${step.cpuPct.toFixed(0)}%, client eld p99 ${step.clientEldP99.toFixed(0)} ms`,
  );
}

/** Where our server's documents live: PGlite template copies, PostgreSQL template databases. */
interface Stores {
  named: OursTemplate;
  pglite: Promise<OursTemplate>;
  pg: { store: PgStore; template: Promise<OursTemplate> } | null;
}

async function oneServerRound(
  kind: ServerKind,
  round: number,
  scale: Scale,
  stores: Stores,
  workDir: string,
  acc: Accum,
  cpuProf: boolean,
): Promise<void> {
  const dataDir = join(workDir, `ours-round-${round}`);
  const pg = kind === 'ours-pg' ? stores.pg : null;
  const template = pg
    ? await pg.template
    : kind === 'ours' || scale.mode === 'full'
      ? await stores.pglite
      : stores.named;
  let store = '';
  if (kind === 'ours') {
    copyTemplate(template, dataDir);
    store = dataDir;
  }
  if (pg) store = await pg.store.roundDatabase(round);
  const profDir = cpuProf ? join(workDir, '..', `cpu-prof-${kind}`) : null;
  const startedAt = Date.now();
  const server = await ServerHandle.start(kind, store, profDir);
  log(`  ${kind} serving after ${Date.now() - startedAt} ms`);
  const pool = Array.from({ length: scale.workers }, () => new LoadWorker());
  const syncWorker = new LoadWorker();
  const layout = docLayout(scale);
  const auth = isOurs(kind) ? new OursAuth(`http://127.0.0.1:${server.port}`) : null;
  const target = new Target(kind, server.port, template.sectionIds, auth, template.users);
  try {
    if (round === 0) {
      // Memory first, on a fresh server, so nothing from the other shapes is in the figures.
      const m = await shapeD(
        server,
        target,
        pool,
        scale.d.idleDocs,
        layout.dIdle,
        scale.d.cycles,
        scale.d.lanes,
        scale.timing,
      );
      acc.memory = m;
      acc.errors.push(...m.errors);
      log(
        `  D: heap/idle doc ${(m.heapPerIdleDoc / 1024).toFixed(1)} KiB, docs left in memory ${m.docsInMemoryAfterIdle}, cycles ${m.cyclesOk}/${m.cycles} in ${m.cyclesMs} ms, heap ${m.heapGrowthPct.toFixed(1)}%`,
      );
    }
    // Bytes written per keystroke: over shapes A and B, plus time for debounced stores to land.
    const bytesBefore = await server.stats();
    // On PostgreSQL the writes happen in the database's processes: count the database's growth instead.
    const pgBefore = pg ? await pg.store.size(store) : 0;
    let keystrokes = 0;
    for (const { editors, docs } of scale.aSteps) {
      for (const d of docs) {
        const loads: DocLoad[] = Array.from({ length: d }, (_, i) => ({
          doc: i,
          editors,
          viewers: 0,
          probes: Math.min(scale.probesPerDoc, editors),
        }));
        const step = await runLoad(server, target, pool, `A P=${editors} D=${d}`, loads, scale.timing);
        addStep(acc, 'A', step);
        keystrokes += step.keystrokes;
        if ((step.latency.p99 ?? Infinity) > scale.p99LimitMs) break;
      }
    }
    const b = scale.b;
    const hot = await runLoad(
      server,
      target,
      pool,
      `B ${b.editors} editors + ${b.viewers} viewers`,
      [{ doc: layout.b, ...b }],
      scale.timing,
    );
    addStep(acc, 'B', hot);
    keystrokes += hot.keystrokes;
    await new Promise((r) => setTimeout(r, HOCUSPOCUS_STORE_DEBOUNCE_MS + 500));
    const bytesAfter = await server.stats();
    if (pg) acc.disk = (acc.disk ?? 0) + (await pg.store.size(store)) - pgBefore;
    else if (bytesBefore.diskWriteBytes !== null && bytesAfter.diskWriteBytes !== null)
      acc.disk = (acc.disk ?? 0) + bytesAfter.diskWriteBytes - bytesBefore.diskWriteBytes;
    if (bytesBefore.storeBytes !== null && bytesAfter.storeBytes !== null)
      acc.store = (acc.store ?? 0) + bytesAfter.storeBytes - bytesBefore.storeBytes;
    acc.keystrokes += keystrokes;
    // Time to first sync once per server (first round): the relay has no sync to time.
    if (kind !== 'relay' && round === 0) {
      const background: DocLoad[] = Array.from({ length: scale.c.backgroundDocs }, (_, i) => ({
        doc: layout.cBackground + i,
        editors: scale.c.backgroundEditors,
        viewers: 0,
        probes: 0,
      }));
      const c = await shapeC(
        server,
        target,
        pool,
        syncWorker,
        scale.c.sizes,
        background,
        scale.timing,
        layout.cSizes,
        scale.c.syncRepeats,
      );
      acc.sync = acc.sync ?? c.figures;
      acc.errors.push(...c.figures.errors);
      log(
        `  C: first sync ${c.figures.bySize.map((s) => `${s.bytes}B cold ${s.coldMs?.toFixed(1)} warm ${s.warmMs?.toFixed(1)} ms`).join(', ')}; other docs' p99 ${c.figures.baselineP99?.toFixed(1)} -> ${c.figures.duringSyncP99?.toFixed(1)} ms`,
      );
    }
  } finally {
    for (const w of [...pool, syncWorker]) w.stop();
    const code = await server.stop();
    if (code !== 0 && code !== null) acc.errors.push(`${kind} exited with ${code}: ${server.log.slice(-500)}`);
    if (kind === 'ours') rmSync(dataDir, { recursive: true, force: true });
  }
}

function finish(acc: Accum, scale: Scale): ServerFigures {
  const steps: StepFigures[] = [...acc.steps.values()].map(({ step, shape, hist, n, cpu }) => ({
    label: step.label,
    shape,
    docs: step.docs,
    editorsPerDoc: step.editorsPerDoc,
    editors: step.docs * step.editorsPerDoc,
    clients: step.clients,
    latency: summarize(hist),
    keystrokes: step.keystrokes,
    expected: step.expected,
    received: step.received,
    cpuPct: cpu / n,
    eldP99: step.eldP99,
    rss: step.rss,
    heapUsed: step.heapUsed,
    clientEldP99: step.clientEldP99,
    rounds: n,
  }));
  const held = steps
    .filter((s) => s.shape === 'A' && (s.latency.p99 ?? Infinity) < scale.p99LimitMs)
    .map((s) => s.editors);
  return {
    steps,
    timeToFirstSync: acc.sync,
    memory: acc.memory,
    editorsHeld: Math.max(0, ...held),
    diskBytesPerKeystroke: acc.disk === null || acc.keystrokes === 0 ? null : acc.disk / acc.keystrokes,
    storeBytesPerKeystroke: acc.store === null || acc.keystrokes === 0 ? null : acc.store / acc.keystrokes,
    errors: [...new Set(acc.errors)].slice(0, 30),
  };
}

/** What makes a run broken (never speed): a figure missing or a delivery lost. */
export function brokenChecks(result: BenchResult): string[] {
  const problems: string[] = [];
  for (const [kind, f] of Object.entries(result.servers)) {
    if (f.steps.length === 0) problems.push(`${kind}: no load steps`);
    for (const s of f.steps) {
      const l = s.latency;
      if ([l.p50, l.p95, l.p99, l.max].some((v) => v === null || !Number.isFinite(v)))
        problems.push(`${kind} ${s.label}: latency missing`);
      if (s.expected === 0) problems.push(`${kind} ${s.label}: no deliveries expected (nothing typed)`);
      if (s.received !== s.expected)
        problems.push(`${kind} ${s.label}: ${s.expected - s.received} of ${s.expected} deliveries lost`);
      if (!Number.isFinite(s.cpuPct) || !Number.isFinite(s.eldP99) || s.rss <= 0)
        problems.push(`${kind} ${s.label}: server stats missing`);
    }
    if (kind !== 'relay') {
      const sync = f.timeToFirstSync;
      if (!sync) problems.push(`${kind}: time to first sync missing`);
      else {
        for (const s of sync.bySize)
          if (s.coldMs === null || s.warmMs === null || s.syncedBytes < s.bytes)
            problems.push(`${kind}: first sync of ${s.bytes} bytes missing`);
        if (sync.baselineP99 === null || sync.duringSyncP99 === null)
          problems.push(`${kind}: latency during large sync missing`);
      }
      if (f.diskBytesPerKeystroke === null) problems.push(`${kind}: bytes per keystroke missing`);
    }
    const m = f.memory;
    if (!m) problems.push(`${kind}: memory figures missing`);
    else {
      if (!Number.isFinite(m.heapPerIdleDoc) || !Number.isFinite(m.heapGrowthPct))
        problems.push(`${kind}: heap figures missing`);
      if (m.cyclesOk !== m.cycles)
        problems.push(`${kind}: ${m.cycles - m.cyclesOk} of ${m.cycles} connect cycles failed`);
    }
  }
  return problems;
}

export async function runBench(
  scale: Scale,
  kinds: ServerKind[],
  cpuProf: boolean,
  outDir: string,
): Promise<BenchResult> {
  const startedAt = new Date().toISOString();
  const workDir = join(tmpdir(), `iep-bench-${process.pid}`);
  mkdirSync(workDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const layout = docLayout(scale);
  const named: OursTemplate = {
    dir: '',
    sectionIds: Array.from({ length: layout.total }, (_, i) => `bench-doc-${i}`),
    users: 1,
  };
  const stores: Stores = { named, pglite: Promise.resolve(named), pg: null };
  const timed = (what: string, p: Promise<OursTemplate>): Promise<OursTemplate> => {
    const t0 = Date.now();
    log(`preparing ${what} (${layout.total} sections, ${scale.users} users)`);
    return p.then((t) => {
      log(`  ${what} ready after ${Date.now() - t0} ms`);
      return t;
    });
  };
  if (kinds.includes('ours'))
    stores.pglite = timed('our PGlite store', prepareTemplate(workDir, scale.users, layout.total));
  const databaseUrl = process.env.DATABASE_URL;
  if (kinds.includes('ours-pg')) {
    if (!databaseUrl) throw new Error('ours-pg needs DATABASE_URL');
    const pg = new PgStore(databaseUrl);
    stores.pg = {
      store: pg,
      template: timed('our PostgreSQL template database', pg.prepare(scale.users, layout.total)),
    };
  }
  // The short run overlaps this with the other servers (it measures nothing then); the full run waits.
  if (scale.mode === 'full') await Promise.all([stores.pglite, stores.pg?.template]);
  const accs = new Map<ServerKind, Accum>(
    kinds.map((k) => [
      k,
      { steps: new Map(), sync: null, memory: null, disk: null, store: null, keystrokes: 0, errors: [] },
    ]),
  );
  const order: ServerKind[][] = [];
  try {
    for (let round = 0; round < scale.rounds; round++) {
      // Order rotated each round; the short run puts ours last so its store can be prepared meanwhile.
      const first = scale.mode === 'short' ? [...kinds.filter((k) => !isOurs(k)), ...kinds.filter(isOurs)] : kinds;
      const rotated = first.map((_, i) => first[(i + round) % first.length] ?? 'relay');
      order.push(rotated);
      for (const kind of rotated) {
        log(`round ${round + 1}/${scale.rounds}: ${kind}`);
        const acc = accs.get(kind);
        if (acc) await oneServerRound(kind, round, scale, stores, workDir, acc, cpuProf && round === 0);
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    await stores.pg?.store.dropAll().catch((err: Error) => log(`could not drop the bench databases: ${err.message}`));
  }
  const servers: BenchResult['servers'] = {};
  for (const [kind, acc] of accs) servers[kind] = finish(acc, scale);
  const result: BenchResult = {
    meta: { mode: scale.mode, startedAt, finishedAt: new Date().toISOString(), node: process.version, scale, order },
    servers,
    broken: [],
  };
  result.broken = brokenChecks(result);
  return result;
}
