import type { Timing } from './shapes';

export interface Scale {
  mode: 'short' | 'full';
  rounds: number;
  timing: Timing;
  /** Shape A: for each P, the D values tried in order, stopping once p99 passes the limit. */
  aSteps: { editors: number; docs: number[] }[];
  p99LimitMs: number;
  probesPerDoc: number;
  b: { editors: number; viewers: number; probes: number };
  c: { sizes: number[]; backgroundDocs: number; backgroundEditors: number; syncRepeats: number };
  d: { idleDocs: number; cycles: number; lanes: number };
  users: number;
  workers: number;
}

export function scaleFor(short: boolean): Scale {
  if (short) {
    return {
      mode: 'short',
      rounds: 1,
      timing: { cps: 6, cursorHz: 2, durationMs: 800, drainMs: 5000 },
      aSteps: [
        { editors: 5, docs: [1] },
        { editors: 15, docs: [1] },
      ],
      p99LimitMs: 100,
      probesPerDoc: 1,
      b: { editors: 6, viewers: 20, probes: 2 },
      c: { sizes: [20_000, 200_000], backgroundDocs: 1, backgroundEditors: 3, syncRepeats: 2 },
      d: { idleDocs: 3, cycles: 60, lanes: 4 },
      users: 4,
      workers: 2,
    };
  }
  return {
    mode: 'full',
    rounds: 2,
    timing: { cps: 6, cursorHz: 2, durationMs: 2500, drainMs: 8000 },
    aSteps: [
      { editors: 5, docs: [4, 12, 24, 40] },
      { editors: 15, docs: [2, 6, 12] },
    ],
    p99LimitMs: 100,
    probesPerDoc: 1,
    b: { editors: 30, viewers: 100, probes: 3 },
    c: { sizes: [10_000, 100_000, 1_500_000], backgroundDocs: 2, backgroundEditors: 5, syncRepeats: 5 },
    d: { idleDocs: 20, cycles: 2000, lanes: 8 },
    users: 12,
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
  const a = Math.max(...scale.aSteps.flatMap((s) => s.docs));
  const b = a;
  const cBackground = b + 1;
  const cSizes = cBackground + scale.c.backgroundDocs;
  const dIdle = cSizes + scale.c.sizes.length;
  return { b, cBackground, cSizes, dIdle, total: dIdle + scale.d.idleDocs + 1 };
}

export interface CliOptions {
  short: boolean;
  out: string;
  rounds: number | null;
  durationMs: number | null;
  cycles: number | null;
  servers: string[] | null;
  cpuProf: boolean;
}

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {
    short: false,
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
    if (arg === '--short') opts.short = true;
    else if (arg === '--out') opts.out = next();
    else if (arg === '--rounds') opts.rounds = Number(next());
    else if (arg === '--duration-ms') opts.durationMs = Number(next());
    else if (arg === '--cycles') opts.cycles = Number(next());
    else if (arg === '--servers') opts.servers = next().split(',');
    else if (arg === '--cpu-prof') opts.cpuProf = true;
    else if (arg === '--help') {
      process.stdout.write(
        'bench [--short] [--out DIR] [--rounds N] [--duration-ms MS] [--cycles N] [--servers ours,ours-pg,yws,hocuspocus,relay] [--cpu-prof]\n',
      );
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  return opts;
}
