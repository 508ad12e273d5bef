// What a run measures: each round's raw figures, and per server the median and spread over rounds.
import type { Scale } from './config';
import type { LatencySummary } from './histogram';
import type { ServerKind } from './servers/messages';
import type { MemoryFigures, SyncFigures } from './shapes';
import { spread, type Spread } from './stats';

/** One step (shape A or B) in one round: the attempt that counts. */
export interface StepRound {
  round: number;
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
  /** The load generators' event-loop delay p99 (the worst generator). */
  clientEldP99: number;
  /** The generators kept up (clientEldP99 under the limit): the figures are the server's. */
  valid: boolean;
  /** Tries of this step (a generator-limited one is tried again). */
  attempts: number;
  /** Valid, p99 under the limit and every delivery in. */
  passed: boolean;
}

/** Where a ladder ended in one round. */
export interface LadderRound {
  editorsPerDoc: number;
  /** Most editors held at p99 under the limit (0: not even the first step). */
  held: number;
  /** Why it stopped: the server failed a step, the generators were the bottleneck, or the top was reached. */
  stop: 'server' | 'generators' | 'top';
}

export interface RoundFigures {
  round: number;
  steps: StepRound[];
  ladders: LadderRound[];
  sync: SyncFigures | null;
  diskBytesPerKeystroke: number | null;
  storeBytesPerKeystroke: number | null;
  errors: string[];
}

/** A step over the rounds (only valid attempts count in the spreads). */
export interface StepSummary {
  label: string;
  shape: 'A' | 'B';
  docs: number;
  editorsPerDoc: number;
  editors: number;
  clients: number;
  p50: Spread;
  p95: Spread;
  p99: Spread;
  max: Spread;
  cpuPct: Spread;
  eldP99: Spread;
  clientEldP99: Spread;
  expected: number;
  received: number;
  rounds: number;
  invalidRounds: number;
}

export interface ServerFigures {
  rounds: RoundFigures[];
  steps: StepSummary[];
  /** Per ladder (P), the editors held in each round and their spread. */
  held: { editorsPerDoc: number; byRound: number[]; stops: LadderRound['stop'][]; spread: Spread }[];
  /** The most editors held at either P, per round, as a spread. */
  editorsHeld: Spread;
  peakRss: Spread;
  peakHeap: Spread;
  sync: {
    bySize: { bytes: number; cold: Spread; warm: Spread }[];
    baselineP99: Spread;
    duringSyncP99: Spread;
  } | null;
  memory: MemoryFigures | null;
  diskBytesPerKeystroke: Spread;
  storeBytesPerKeystroke: Spread;
  errors: string[];
}

export interface BenchResult {
  meta: {
    mode: Scale['mode'];
    startedAt: string;
    finishedAt: string;
    node: string;
    machine: { cores: number; memoryGiB: number; loadBefore: number[]; loadAfter: number[] };
    command: string;
    scale: Scale;
    order: ServerKind[][];
  };
  servers: Partial<Record<ServerKind, ServerFigures>>;
  /** Steps whose generators were the bottleneck even after a retry: reported, never counted. */
  invalid: string[];
  broken: string[];
}

export function summarizeServer(rounds: RoundFigures[], memory: MemoryFigures | null): ServerFigures {
  const byLabel = new Map<string, StepRound[]>();
  for (const r of rounds) for (const s of r.steps) byLabel.set(s.label, [...(byLabel.get(s.label) ?? []), s]);
  const steps: StepSummary[] = [...byLabel.values()].map((list) => {
    const first = list[0] as StepRound;
    const valid = list.filter((s) => s.valid);
    const of = (f: (s: StepRound) => number | null): Spread => spread(valid.map(f));
    return {
      label: first.label,
      shape: first.shape,
      docs: first.docs,
      editorsPerDoc: first.editorsPerDoc,
      editors: first.editors,
      clients: first.clients,
      p50: of((s) => s.latency.p50),
      p95: of((s) => s.latency.p95),
      p99: of((s) => s.latency.p99),
      max: of((s) => s.latency.max),
      cpuPct: of((s) => s.cpuPct),
      eldP99: of((s) => s.eldP99),
      clientEldP99: spread(list.map((s) => s.clientEldP99)),
      expected: list.reduce((n, s) => n + s.expected, 0),
      received: list.reduce((n, s) => n + s.received, 0),
      rounds: list.length,
      invalidRounds: list.length - valid.length,
    };
  });
  const ps = [...new Set(rounds.flatMap((r) => r.ladders.map((l) => l.editorsPerDoc)))];
  const held = ps.map((p) => {
    const ls = rounds.map((r) => r.ladders.find((l) => l.editorsPerDoc === p));
    const byRound = ls.map((l) => l?.held ?? 0);
    return { editorsPerDoc: p, byRound, stops: ls.map((l) => l?.stop ?? 'top'), spread: spread(byRound) };
  });
  const syncs = rounds.flatMap((r) => (r.sync ? [r.sync] : []));
  const sizes = syncs[0]?.bySize.map((s) => s.bytes) ?? [];
  return {
    rounds,
    steps,
    held,
    editorsHeld: spread(rounds.map((r) => Math.max(0, ...r.ladders.map((l) => l.held)))),
    peakRss: spread(rounds.map((r) => Math.max(0, ...r.steps.map((s) => s.rss)))),
    peakHeap: spread(rounds.map((r) => Math.max(0, ...r.steps.map((s) => s.heapUsed)))),
    sync:
      syncs.length === 0
        ? null
        : {
            bySize: sizes.map((bytes, i) => ({
              bytes,
              cold: spread(syncs.map((s) => s.bySize[i]?.coldMs)),
              warm: spread(syncs.map((s) => s.bySize[i]?.warmMs)),
            })),
            baselineP99: spread(syncs.map((s) => s.baselineP99)),
            duringSyncP99: spread(syncs.map((s) => s.duringSyncP99)),
          },
    memory,
    diskBytesPerKeystroke: spread(rounds.map((r) => r.diskBytesPerKeystroke)),
    storeBytesPerKeystroke: spread(rounds.map((r) => r.storeBytesPerKeystroke)),
    errors: [...new Set([...rounds.flatMap((r) => r.errors), ...(memory?.errors ?? [])])].slice(0, 30),
  };
}

/**
 * What makes a run broken (never speed): a figure missing, or a delivery lost where the server was
 * not overloaded. A ladder step past the knee may end with deliveries still late after the drain;
 * that is the knee, not a broken run.
 */
export function brokenChecks(result: BenchResult): string[] {
  const problems: string[] = [];
  for (const [kind, f] of Object.entries(result.servers)) {
    if (f.steps.length === 0) problems.push(`${kind}: no load steps`);
    for (const r of f.rounds) {
      for (const s of r.steps) {
        const l = s.latency;
        // Past the knee (p99 over the limit) or with the generators stalled, late deliveries are the figure.
        const overloaded = s.shape === 'A' && (!s.valid || (l.p99 ?? Infinity) >= result.meta.scale.p99LimitMs);
        if ([l.p50, l.p95, l.p99, l.max].some((v) => v === null || !Number.isFinite(v)))
          problems.push(`${kind} round ${r.round + 1} ${s.label}: latency missing`);
        if (s.expected === 0) problems.push(`${kind} round ${r.round + 1} ${s.label}: nothing typed`);
        if (s.received !== s.expected && !overloaded)
          problems.push(
            `${kind} round ${r.round + 1} ${s.label}: ${s.expected - s.received} of ${s.expected} deliveries lost`,
          );
        if (!Number.isFinite(s.cpuPct) || !Number.isFinite(s.eldP99) || s.rss <= 0)
          problems.push(`${kind} round ${r.round + 1} ${s.label}: server stats missing`);
      }
    }
    if (kind !== 'relay') {
      if (!f.sync) problems.push(`${kind}: time to first sync missing`);
      else {
        for (const s of f.sync.bySize)
          if (s.cold.n === 0 || s.warm.n === 0) problems.push(`${kind}: first sync of ${s.bytes} bytes missing`);
        if (f.sync.baselineP99.n === 0 || f.sync.duringSyncP99.n === 0)
          problems.push(`${kind}: latency during large sync missing`);
      }
      for (const r of f.rounds)
        for (const s of r.sync?.bySize ?? [])
          if (s.syncedBytes < s.bytes) problems.push(`${kind} round ${r.round + 1}: ${s.bytes} bytes not synced`);
      if (f.diskBytesPerKeystroke.n === 0) problems.push(`${kind}: bytes per keystroke missing`);
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
