// One server in one round: shape D (first round), the shape A ladders, shape B, shape C.
import { ladderSteps, type Ladder, type Scale } from './config';
import type { LadderRound, RoundFigures, StepRound } from './figures';
import type { LoadWorker } from './load/pool';
import type { ServerHandle } from './servers/handle';
import { runLoad, shapeC, type DocLoad, type MemoryFigures, type StepResult } from './shapes';
import type { Target } from './target';

/** Hocuspocus stores a document 2 s after its last change (its default debounce). */
const HOCUSPOCUS_STORE_DEBOUNCE_MS = 2000;

export function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

export interface RoundContext {
  server: ServerHandle;
  target: Target;
  pool: LoadWorker[];
  syncWorker: LoadWorker;
  scale: Scale;
  round: number;
  layout: { b: number; cBackground: number; cSizes: number };
  /** Per P, the documents of the last step held in the first round (where later rounds start). */
  startAt: Map<number, number>;
  /** Where the PostgreSQL store's growth is read (ours-pg), instead of the process's disk writes. */
  storeSize: (() => Promise<number>) | null;
}

function toStepRound(ctx: RoundContext, shape: 'A' | 'B', step: StepResult, attempts: number): StepRound {
  const valid = step.clientEldP99 <= ctx.scale.generatorEldLimitMs;
  const p99 = step.latency.p99 ?? Infinity;
  return {
    round: ctx.round,
    label: step.label,
    shape,
    docs: step.docs,
    editorsPerDoc: step.editorsPerDoc,
    editors: step.docs * step.editorsPerDoc,
    clients: step.clients,
    latency: step.latency,
    keystrokes: step.keystrokes,
    expected: step.expected,
    received: step.received,
    cpuPct: step.cpuPct,
    eldP99: step.eldP99,
    rss: step.rss,
    heapUsed: step.heapUsed,
    clientEldP99: step.clientEldP99,
    valid,
    attempts,
    passed: valid && p99 < ctx.scale.p99LimitMs && step.received === step.expected,
  };
}

/** Runs one step, again (up to scale.retries times) while the generators were the bottleneck. */
async function step(
  ctx: RoundContext,
  shape: 'A' | 'B',
  label: string,
  loads: DocLoad[],
  errors: string[],
): Promise<StepRound> {
  let attempts = 0;
  for (;;) {
    attempts += 1;
    const result = await runLoad(ctx.server, ctx.target, ctx.pool, label, loads, ctx.scale.timing);
    errors.push(...result.errors);
    const s = toStepRound(ctx, shape, result, attempts);
    const l = s.latency;
    log(
      `  ${label}: p50 ${l.p50?.toFixed(1)} p99 ${l.p99?.toFixed(1)} max ${l.max?.toFixed(1)} ms, ${s.received}/${s.expected} delivered, ` +
        `cpu ${s.cpuPct.toFixed(0)}%, generators' eld p99 ${s.clientEldP99.toFixed(0)} ms` +
        (s.valid
          ? s.passed
            ? ', pass'
            : ', FAIL'
          : `, INVALID (generators over ${ctx.scale.generatorEldLimitMs} ms)`),
    );
    if (s.valid || attempts > ctx.scale.retries) return s;
  }
}

/**
 * A ladder: D rises until a step fails (the knee). The first round starts at the bottom; later
 * rounds start at the first round's last held step (stepping down while that fails), so every
 * round measures the knee without repeating the easy steps.
 */
async function ladder(ctx: RoundContext, l: Ladder, steps: StepRound[], errors: string[]): Promise<LadderRound> {
  const all = ladderSteps(l);
  const start = ctx.startAt.get(l.editors);
  let i = start === undefined ? 0 : Math.max(0, all.indexOf(start));
  let held = 0;
  let descending = i > 0;
  for (;;) {
    const d = all[i];
    if (d === undefined) return { editorsPerDoc: l.editors, held, stop: 'top' };
    const loads: DocLoad[] = Array.from({ length: d }, (_, doc) => ({
      doc,
      editors: l.editors,
      viewers: 0,
      probes: Math.min(ctx.scale.probesPerDoc, l.editors),
    }));
    const s = await step(ctx, 'A', `A P=${l.editors} D=${d}`, loads, errors);
    steps.push(s);
    if (!s.valid) return { editorsPerDoc: l.editors, held, stop: 'generators' };
    if (s.passed) {
      held = s.editors;
      descending = false;
      if (ctx.round === 0) ctx.startAt.set(l.editors, d);
      i += 1;
    } else if (descending && i > 0) {
      i -= 1;
    } else {
      return { editorsPerDoc: l.editors, held, stop: 'server' };
    }
  }
}

export async function loadRound(ctx: RoundContext): Promise<RoundFigures> {
  const { server, scale } = ctx;
  const errors: string[] = [];
  const steps: StepRound[] = [];
  const bytesBefore = await server.stats();
  const storeBefore = ctx.storeSize ? await ctx.storeSize() : 0;
  const ladders: LadderRound[] = [];
  for (const l of scale.ladders) {
    const result = await ladder(ctx, l, steps, errors);
    ladders.push(result);
    log(`  A P=${l.editors}: held ${result.held} editors (stopped: ${result.stop})`);
  }
  const b = scale.b;
  steps.push(
    await step(ctx, 'B', `B ${b.editors} editors + ${b.viewers} viewers`, [{ doc: ctx.layout.b, ...b }], errors),
  );
  await new Promise((r) => setTimeout(r, HOCUSPOCUS_STORE_DEBOUNCE_MS + 500));
  const bytesAfter = await server.stats();
  const keystrokes = steps.reduce((n, s) => n + s.keystrokes, 0);
  const per = (bytes: number | null): number | null => (bytes === null || keystrokes === 0 ? null : bytes / keystrokes);
  const disk = ctx.storeSize
    ? (await ctx.storeSize()) - storeBefore
    : bytesBefore.diskWriteBytes !== null && bytesAfter.diskWriteBytes !== null
      ? bytesAfter.diskWriteBytes - bytesBefore.diskWriteBytes
      : null;
  const stored =
    bytesBefore.storeBytes !== null && bytesAfter.storeBytes !== null
      ? bytesAfter.storeBytes - bytesBefore.storeBytes
      : null;
  let sync: RoundFigures['sync'] = null;
  if (server.kind !== 'relay') {
    const background: DocLoad[] = Array.from({ length: scale.c.backgroundDocs }, (_, i) => ({
      doc: ctx.layout.cBackground + i,
      editors: scale.c.backgroundEditors,
      viewers: 0,
      probes: 0,
    }));
    const c = await shapeC(
      server,
      ctx.target,
      ctx.pool,
      ctx.syncWorker,
      scale.c.sizes,
      background,
      { ...scale.timing, durationMs: scale.c.windowMs },
      ctx.layout.cSizes,
      scale.c.syncRepeats,
    );
    sync = c.figures;
    errors.push(...c.figures.errors);
    log(
      `  C: first sync ${c.figures.bySize.map((s) => `${s.bytes}B cold ${s.coldMs?.toFixed(1)} warm ${s.warmMs?.toFixed(1)} ms`).join(', ')}; other docs' p99 ${c.figures.baselineP99?.toFixed(1)} -> ${c.figures.duringSyncP99?.toFixed(1)} ms`,
    );
  }
  return {
    round: ctx.round,
    steps,
    ladders,
    sync,
    diskBytesPerKeystroke: per(disk),
    storeBytesPerKeystroke: per(stored),
    errors: errors.slice(0, 30),
  };
}

export function logMemory(m: MemoryFigures): void {
  log(
    `  D: heap/idle doc ${(m.heapPerIdleDoc / 1024).toFixed(1)} KiB, docs left in memory ${m.docsInMemoryAfterIdle}, cycles ${m.cyclesOk}/${m.cycles} in ${m.cyclesMs} ms, heap ${m.heapGrowthPct.toFixed(1)}%`,
  );
}
