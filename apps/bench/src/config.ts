import type { Timing } from './shapes';

/** One ladder of shape A: documents of `editors` editors each, raised step by step until p99 fails. */
export interface Ladder {
  editors: number;
  /** Documents at the first step, and the most documents ever tried. */
  startDocs: number;
  maxDocs: number;
  /** Each step has this many times the documents of the last (rounded up, at least one more). */
  factor: number;
}

export interface Scale {
  mode: 'short' | 'quick' | 'full';
  rounds: number;
  timing: Timing;
  ladders: Ladder[];
  p99LimitMs: number;
  /** A step whose load generators' event-loop delay p99 passes this was limited by them, not the server. */
  generatorEldLimitMs: number;
  /** How often a generator-limited step is tried again before it is marked invalid. */
  retries: number;
  probesPerDoc: number;
  b: { editors: number; viewers: number; probes: number };
  c: { sizes: number[]; backgroundDocs: number; backgroundEditors: number; syncRepeats: number; windowMs: number };
  d: { idleDocs: number; cycles: number; lanes: number };
  users: number;
  workers: number;
}

/** Documents at each step of a ladder: startDocs, then x factor, up to maxDocs. */
export function ladderSteps(l: Ladder): number[] {
  const steps: number[] = [];
  for (let d = l.startDocs; d <= l.maxDocs; d = Math.max(d + 1, Math.ceil(d * l.factor))) steps.push(d);
  return steps;
}

export function scaleFor(mode: Scale['mode']): Scale {
  if (mode === 'short') {
    return {
      mode,
      rounds: 1,
      timing: { cps: 6, cursorHz: 2, durationMs: 800, drainMs: 5000 },
      ladders: [
        { editors: 5, startDocs: 1, maxDocs: 1, factor: 2 },
        { editors: 15, startDocs: 1, maxDocs: 1, factor: 2 },
      ],
      p99LimitMs: 100,
      generatorEldLimitMs: 40,
      retries: 0,
      probesPerDoc: 1,
      b: { editors: 6, viewers: 20, probes: 2 },
      c: { sizes: [20_000, 200_000], backgroundDocs: 1, backgroundEditors: 3, syncRepeats: 2, windowMs: 800 },
      d: { idleDocs: 3, cycles: 60, lanes: 4 },
      users: 4,
      workers: 2,
    };
  }
  const quick = mode === 'quick';
  return {
    mode,
    rounds: quick ? 1 : 3,
    timing: { cps: 6, cursorHz: 2, durationMs: quick ? 5000 : 10_000, drainMs: 8000 },
    ladders: [
      { editors: 5, startDocs: 10, maxDocs: 240, factor: 1.5 },
      { editors: 15, startDocs: 4, maxDocs: 80, factor: 1.5 },
    ],
    p99LimitMs: 100,
    generatorEldLimitMs: 40,
    retries: 1,
    probesPerDoc: 1,
    b: { editors: 30, viewers: 100, probes: 3 },
    c: {
      sizes: [10_000, 100_000, 1_500_000],
      backgroundDocs: 2,
      backgroundEditors: 5,
      syncRepeats: 5,
      windowMs: 5000,
    },
    d: { idleDocs: 20, cycles: quick ? 500 : 1000, lanes: 8 },
    // Sockets per user stay under our server's cap (see target.ts): the largest step's sockets / 30.
    users: 48,
    workers: 2,
  };
}

/** Where each shape's documents start (every shape gets documents of its own in a round). */
export function docLayout(scale: Scale): {
  b: number;
  cBackground: number;
  cSizes: number;
  dIdle: number;
  total: number;
} {
  const a = Math.max(...scale.ladders.map((l) => Math.max(0, ...ladderSteps(l))));
  const b = a;
  const cBackground = b + 1;
  const cSizes = cBackground + scale.c.backgroundDocs;
  const dIdle = cSizes + scale.c.sizes.length;
  return { b, cBackground, cSizes, dIdle, total: dIdle + scale.d.idleDocs + 1 };
}

export interface CliOptions {
  mode: Scale['mode'];
  out: string;
  rounds: number | null;
  durationMs: number | null;
  cycles: number | null;
  servers: string[] | null;
  cpuProf: boolean;
}

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {
    mode: 'full',
    out: '',
    rounds: null,
    durationMs: null,
    cycles: null,
    servers: null,
    cpuProf: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = (): string => argv[++i] ?? '';
    if (arg === '--short') opts.mode = 'short';
    else if (arg === '--quick') opts.mode = 'quick';
    else if (arg === '--out') opts.out = next();
    else if (arg === '--rounds') opts.rounds = Number(next());
    else if (arg === '--duration-ms') opts.durationMs = Number(next());
    else if (arg === '--cycles') opts.cycles = Number(next());
    else if (arg === '--servers') opts.servers = next().split(',');
    else if (arg === '--cpu-prof') opts.cpuProf = true;
    else if (arg === '--help') {
      process.stdout.write(
        'bench [--short | --quick] [--out DIR] [--rounds N] [--duration-ms MS] [--cycles N] [--servers ours,ours-pg,yws,hocuspocus,relay] [--cpu-prof]\n',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  return opts;
}
