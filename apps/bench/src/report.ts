import type { BenchResult, ServerFigures, StepSummary } from './figures';
import { ALL_KINDS, SERVER_LABELS, type ServerKind } from './servers/messages';
import type { Spread } from './stats';

const PEERS: ServerKind[] = ['yws', 'hocuspocus', 'relay'];

function fmt(v: number | null | undefined, digits = 1): string {
  return v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : v.toFixed(digits);
}

/** The median, with the range over rounds when they differ: `12.3 (10.1–15.0)`. */
function fmtSpread(s: Spread | null, digits: number, scale = 1): string {
  if (!s || s.median === null) return 'n/a';
  const m = fmt(s.median / scale, digits);
  if (s.n < 2 || s.min === null || s.max === null || s.min === s.max) return m;
  return `${m} (${fmt(s.min / scale, digits)}–${fmt(s.max / scale, digits)})`;
}

const one = (v: number | null | undefined): Spread =>
  v === null || v === undefined || !Number.isFinite(v)
    ? { median: null, min: null, max: null, n: 0 }
    : { median: v, min: v, max: v, n: 1 };

function ratio(ours: number | null, peer: number | null): string {
  if (ours === null || peer === null || !Number.isFinite(ours) || !Number.isFinite(peer) || peer === 0) return 'n/a';
  return `${(ours / peer).toFixed(2)}x`;
}

interface Row {
  name: string;
  value: (f: ServerFigures) => Spread | null;
  digits?: number;
  /** Shown divided by this (bytes to MiB or KiB). */
  scale?: number;
}

function stepRows(result: BenchResult): Row[] {
  const labels: string[] = [];
  for (const f of Object.values(result.servers))
    for (const s of f.steps) if (!labels.includes(s.label)) labels.push(s.label);
  // Shape A by P then D, then B (servers stop raising D at different steps).
  const key = (label: string): [string, number, number] => {
    const m = /^(\w) P=(\d+) D=(\d+)/.exec(label);
    return m ? [m[1] ?? '', Number(m[2]), Number(m[3])] : [label, 0, 0];
  };
  labels.sort((a, b) => {
    const [sa, pa, da] = key(a);
    const [sb, pb, db] = key(b);
    return sa.localeCompare(sb) || pa - pb || da - db;
  });
  const rows: Row[] = [];
  const find = (f: ServerFigures, label: string): StepSummary | undefined => f.steps.find((s) => s.label === label);
  for (const label of labels) {
    const editors = Object.values(result.servers)
      .flatMap((f) => f.steps)
      .find((s) => s.label === label)?.editors;
    const name = label.startsWith('A') ? `${label} (${editors} editors)` : label;
    rows.push({ name: `${name}: fan-out p50 ms`, value: (f) => find(f, label)?.p50 ?? null });
    rows.push({ name: `${name}: p99 ms`, value: (f) => find(f, label)?.p99 ?? null });
    rows.push({ name: `${name}: server CPU %`, value: (f) => find(f, label)?.cpuPct ?? null, digits: 0 });
    rows.push({
      name: `${name}: generators' event-loop p99 ms`,
      value: (f) => find(f, label)?.clientEldP99 ?? null,
      digits: 0,
    });
  }
  return rows;
}

function figureRows(result: BenchResult): Row[] {
  const sizes =
    Object.values(result.servers)
      .find((f) => f.sync)
      ?.sync?.bySize.map((s) => s.bytes) ?? [];
  const ps = [...new Set(Object.values(result.servers).flatMap((f) => f.held.map((h) => h.editorsPerDoc)))];
  const limit = result.meta.scale.p99LimitMs;
  const rows: Row[] = [
    { name: `editors held at p99 < ${limit} ms, best of P`, value: (f) => f.editorsHeld, digits: 0 },
    ...ps.map((p) => ({
      name: `editors held at p99 < ${limit} ms, P=${p}`,
      value: (f: ServerFigures) => f.held.find((h) => h.editorsPerDoc === p)?.spread ?? null,
      digits: 0,
    })),
    { name: 'peak RSS MiB', value: (f) => f.peakRss, scale: 1024 * 1024 },
    { name: 'peak heap MiB', value: (f) => f.peakHeap, scale: 1024 * 1024 },
    // The fixed part of the peak: what the server holds with no document open, after a GC (for ours,
    // the whole app: its modules, Prisma's query schema); the peak less this is what the load added.
    { name: 'idle heap after GC, MiB', value: (f) => one(f.memory?.baselineHeap), scale: 1024 * 1024 },
  ];
  for (const [i, bytes] of sizes.entries()) {
    rows.push({
      name: `first sync ${fmt(bytes / 1024, 0)} KiB, cold ms`,
      value: (f) => f.sync?.bySize[i]?.cold ?? null,
    });
    rows.push({
      name: `first sync ${fmt(bytes / 1024, 0)} KiB, warm ms`,
      value: (f) => f.sync?.bySize[i]?.warm ?? null,
    });
  }
  rows.push(
    { name: "other docs' p99 ms, no sync running", value: (f) => f.sync?.baselineP99 ?? null },
    { name: "other docs' p99 ms, largest doc syncing", value: (f) => f.sync?.duringSyncP99 ?? null },
    { name: 'disk bytes written per keystroke', value: (f) => f.diskBytesPerKeystroke, digits: 0 },
    { name: 'bytes handed to the store per keystroke', value: (f) => f.storeBytesPerKeystroke, digits: 0 },
    { name: 'heap per idle document KiB', value: (f) => one(f.memory?.heapPerIdleDoc), scale: 1024 },
    { name: 'documents in memory after idle', value: (f) => one(f.memory?.docsInMemoryAfterIdle), digits: 0 },
    { name: 'connect/disconnect cycles done', value: (f) => one(f.memory?.cyclesOk), digits: 0 },
    { name: 'heap growth over the cycles %', value: (f) => one(f.memory?.heapGrowthPct) },
  );
  return rows;
}

function table(result: BenchResult, rows: Row[]): string[] {
  const kinds = ALL_KINDS.filter((k) => result.servers[k]);
  const peers = PEERS.filter((k) => result.servers[k]);
  const ours = (['ours', 'ours-pg'] as const).filter((k) => result.servers[k]);
  const head = [
    'figure',
    ...kinds.map((k) => SERVER_LABELS[k]),
    ...ours.flatMap((o) => peers.map((p) => `${o} / ${p}`)),
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const row of rows) {
    const values = kinds.map((k) => {
      const f = result.servers[k];
      return f ? fmtSpread(row.value(f), row.digits ?? 1, row.scale) : 'n/a';
    });
    const ratios = ours.flatMap((o) =>
      peers.map((p) => {
        const a = result.servers[o];
        const b = result.servers[p];
        return a && b ? ratio(row.value(a)?.median ?? null, row.value(b)?.median ?? null) : 'n/a';
      }),
    );
    lines.push(`| ${[row.name, ...values, ...ratios].join(' | ')} |`);
  }
  return lines;
}

export function markdown(result: BenchResult): string {
  const m = result.meta;
  const s = m.scale;
  const load = (l: number[]): string => l.map((v) => v.toFixed(2)).join(' ');
  const kinds = ALL_KINDS.filter((k) => result.servers[k]);
  const stops = kinds.map((k) => {
    const f = result.servers[k];
    const held = f?.held.map((h) => `P=${h.editorsPerDoc}: ${h.byRound.join(', ')} (stopped by ${h.stops.join(', ')})`);
    return `- ${SERVER_LABELS[k]}: ${held?.join('; ') ?? 'n/a'}`;
  });
  const intro = [
    `# Benchmark (${m.mode}), ${m.startedAt} to ${m.finishedAt}`,
    '',
    `Command: \`${m.command}\`; Node ${m.node}; ${m.machine.cores} cores, ${m.machine.memoryGiB} GiB; load average before ${load(m.machine.loadBefore)}, after ${load(m.machine.loadAfter)}.`,
    '',
    `${s.rounds} round(s), server order rotated (${m.order.map((o) => o.join(' > ')).join('; ')}). Typing ${s.timing.cps} chars/s per editor, cursor ${s.timing.cursorHz} Hz, ${s.timing.durationMs / 1000} s per step. ` +
      `Shape A raises the documents (x${s.ladders[0]?.factor ?? 1} a step) until p99 passes ${s.p99LimitMs} ms or deliveries are late; later rounds start at the first round's last held step. ` +
      `A step whose load generators' event-loop delay p99 passes ${s.generatorEldLimitMs} ms is tried again (${s.retries}x), then marked invalid and left out of the figures. ` +
      'Figures: median over rounds, (min–max) where rounds differ.',
    '',
  ];
  const invalid =
    result.invalid.length > 0
      ? ['', '**Invalid steps (the load generators were the bottleneck):**', ...result.invalid.map((b) => `- ${b}`)]
      : ['', `No step was limited by the load generators (event-loop delay p99 under ${s.generatorEldLimitMs} ms).`];
  const broken =
    result.broken.length > 0
      ? ['', '**Broken run:**', ...result.broken.map((b) => `- ${b}`)]
      : ['', 'No figure missing, no delivery lost.'];
  return [
    ...intro,
    ...table(result, figureRows(result)),
    '',
    'Editors held per round, and what ended each ladder:',
    '',
    ...stops,
    ...invalid,
    ...broken,
    '',
    '## Every step',
    '',
    ...table(result, stepRows(result)),
    '',
  ].join('\n');
}

const COLORS: Record<ServerKind, string> = {
  ours: '#d62728',
  'ours-pg': '#ff7f0e',
  yws: '#1f77b4',
  hocuspocus: '#2ca02c',
  relay: '#7f7f7f',
};

/** A line chart of fan-out p99 (median, min–max bars) against editors, shape A, one line per server and P. */
export function svgChart(result: BenchResult): string {
  const W = 760;
  const H = 440;
  const pad = { l: 60, r: 220, t: 30, b: 50 };
  interface Point {
    x: number;
    y: number;
    lo: number;
    hi: number;
    valid: boolean;
  }
  const series: { kind: ServerKind; p: number; points: Point[] }[] = [];
  for (const kind of ALL_KINDS) {
    const f = result.servers[kind];
    if (!f) continue;
    const ps = [...new Set(f.steps.filter((s) => s.shape === 'A').map((s) => s.editorsPerDoc))];
    for (const p of ps) {
      const points = f.steps
        .filter((s) => s.shape === 'A' && s.editorsPerDoc === p)
        .map((s) => {
          const valid = s.p99.median !== null;
          const y = s.p99.median ?? s.clientEldP99.median ?? 1;
          return { x: s.editors, y, lo: s.p99.min ?? y, hi: s.p99.max ?? y, valid };
        })
        .sort((a, b) => a.x - b.x);
      series.push({ kind, p, points });
    }
  }
  const all = series.flatMap((s) => s.points);
  const maxX = Math.max(1, ...all.map((p) => p.x));
  // Log scale for latency (1 ms at the axis): the servers differ by orders of magnitude.
  const decades = Math.max(1, Math.ceil(Math.log10(Math.max(10, ...all.map((p) => p.hi)))));
  const sx = (x: number): number => pad.l + (x / maxX) * (W - pad.l - pad.r);
  const sy = (y: number): number => H - pad.b - (Math.log10(Math.max(1, y)) / decades) * (H - pad.t - pad.b);
  const m = result.meta;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${pad.l}" y="18" font-size="14">Fan-out p99 (ms, log) against editors, shape A: median of ${m.scale.rounds} round(s), bars min–max (${m.startedAt.slice(0, 10)}, ${m.machine.cores} cores)</text>`,
    `<line x1="${pad.l}" y1="${H - pad.b}" x2="${W - pad.r}" y2="${H - pad.b}" stroke="black"/>`,
    `<line x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${H - pad.b}" stroke="black"/>`,
    `<text x="${(pad.l + W - pad.r) / 2}" y="${H - 12}" text-anchor="middle">editors (documents x editors per document); hollow: generator-limited, invalid</text>`,
  ];
  for (let d = 0; d <= decades; d++) {
    const y = 10 ** d;
    out.push(`<text x="${pad.l - 6}" y="${sy(y) + 4}" text-anchor="end">${y}</text>`);
    out.push(`<line x1="${pad.l}" y1="${sy(y)}" x2="${W - pad.r}" y2="${sy(y)}" stroke="#eee"/>`);
  }
  for (let i = 0; i <= 5; i++) {
    const x = (maxX * i) / 5;
    out.push(`<text x="${sx(x)}" y="${H - pad.b + 16}" text-anchor="middle">${x.toFixed(0)}</text>`);
  }
  const limit = m.scale.p99LimitMs;
  if (limit < 10 ** decades)
    out.push(
      `<line x1="${pad.l}" y1="${sy(limit)}" x2="${W - pad.r}" y2="${sy(limit)}" stroke="#999" stroke-dasharray="2,3"/>`,
    );
  series.forEach((s, i) => {
    const color = COLORS[s.kind];
    const dash = s.p > 5 ? ' stroke-dasharray="6,4"' : '';
    const valid = s.points.filter((p) => p.valid);
    const path = valid.map((p, j) => `${j === 0 ? 'M' : 'L'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
    if (path) out.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="2"${dash}/>`);
    for (const p of s.points) {
      const x = sx(p.x).toFixed(1);
      if (p.valid && p.hi > p.lo)
        out.push(
          `<line x1="${x}" y1="${sy(p.lo).toFixed(1)}" x2="${x}" y2="${sy(p.hi).toFixed(1)}" stroke="${color}"/>`,
        );
      out.push(
        `<circle cx="${x}" cy="${sy(p.y).toFixed(1)}" r="3" fill="${p.valid ? color : 'white'}" stroke="${color}"/>`,
      );
    }
    const ly = pad.t + 10 + i * 18;
    out.push(
      `<line x1="${W - pad.r + 10}" y1="${ly}" x2="${W - pad.r + 40}" y2="${ly}" stroke="${color}" stroke-width="2"${dash}/>`,
    );
    out.push(`<text x="${W - pad.r + 46}" y="${ly + 4}">${SERVER_LABELS[s.kind].split(' +')[0]}, P=${s.p}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}
