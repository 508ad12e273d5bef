import type { BenchResult, ServerFigures, StepFigures } from './run';
import { ALL_KINDS, SERVER_LABELS, type ServerKind } from './servers/messages';

const PEERS: ServerKind[] = ['yws', 'hocuspocus', 'relay'];

function fmt(v: number | null | undefined, digits = 1): string {
  return v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : v.toFixed(digits);
}

const mib = (bytes: number | null | undefined): number | null =>
  bytes === null || bytes === undefined ? null : bytes / 1024 / 1024;
const kib = (bytes: number | null | undefined): number | null =>
  bytes === null || bytes === undefined ? null : bytes / 1024;

function ratio(ours: number | null, peer: number | null): string {
  if (ours === null || peer === null || !Number.isFinite(ours) || !Number.isFinite(peer) || peer === 0) return 'n/a';
  return `${(ours / peer).toFixed(2)}x`;
}

interface Row {
  name: string;
  value: (f: ServerFigures) => number | null;
  digits?: number;
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
  const find = (f: ServerFigures, label: string): StepFigures | undefined => f.steps.find((s) => s.label === label);
  for (const label of labels) {
    rows.push({ name: `${label}: fan-out p50 ms`, value: (f) => find(f, label)?.latency.p50 ?? null });
    rows.push({ name: `${label}: p95 ms`, value: (f) => find(f, label)?.latency.p95 ?? null });
    rows.push({ name: `${label}: p99 ms`, value: (f) => find(f, label)?.latency.p99 ?? null });
    rows.push({ name: `${label}: max ms`, value: (f) => find(f, label)?.latency.max ?? null });
    rows.push({ name: `${label}: server CPU %`, value: (f) => find(f, label)?.cpuPct ?? null, digits: 0 });
    rows.push({ name: `${label}: event-loop delay p99 ms`, value: (f) => find(f, label)?.eldP99 ?? null });
  }
  return rows;
}

function figureRows(result: BenchResult): Row[] {
  const sizes =
    Object.values(result.servers)
      .find((f) => f.timeToFirstSync)
      ?.timeToFirstSync?.bySize.map((s) => s.bytes) ?? [];
  const rows: Row[] = [
    { name: 'deliveries received (all steps)', value: (f) => f.steps.reduce((n, s) => n + s.received, 0), digits: 0 },
    { name: 'deliveries expected (all steps)', value: (f) => f.steps.reduce((n, s) => n + s.expected, 0), digits: 0 },
    {
      name: `editors held at p99 < ${result.meta.scale.p99LimitMs} ms (shape A)`,
      value: (f) => f.editorsHeld,
      digits: 0,
    },
    { name: 'peak RSS MiB', value: (f) => mib(Math.max(0, ...f.steps.map((s) => s.rss))) },
    { name: 'peak heap MiB', value: (f) => mib(Math.max(0, ...f.steps.map((s) => s.heapUsed))) },
  ];
  for (const [i, bytes] of sizes.entries()) {
    rows.push({
      name: `first sync ${fmt(kib(bytes), 0)} KiB, cold ms`,
      value: (f) => f.timeToFirstSync?.bySize[i]?.coldMs ?? null,
    });
    rows.push({
      name: `first sync ${fmt(kib(bytes), 0)} KiB, warm ms`,
      value: (f) => f.timeToFirstSync?.bySize[i]?.warmMs ?? null,
    });
  }
  rows.push(
    { name: "other docs' p99 ms, no sync running", value: (f) => f.timeToFirstSync?.baselineP99 ?? null },
    { name: "other docs' p99 ms, largest doc syncing", value: (f) => f.timeToFirstSync?.duringSyncP99 ?? null },
    { name: 'disk bytes written per keystroke', value: (f) => f.diskBytesPerKeystroke, digits: 0 },
    { name: 'bytes handed to the store per keystroke', value: (f) => f.storeBytesPerKeystroke, digits: 0 },
    { name: 'heap per idle document KiB', value: (f) => kib(f.memory?.heapPerIdleDoc) },
    { name: 'documents in memory after idle', value: (f) => f.memory?.docsInMemoryAfterIdle ?? null, digits: 0 },
    { name: 'connect/disconnect cycles done', value: (f) => f.memory?.cyclesOk ?? null, digits: 0 },
    { name: 'heap growth over the cycles %', value: (f) => f.memory?.heapGrowthPct ?? null },
  );
  return rows;
}

export function markdown(result: BenchResult): string {
  const kinds = ALL_KINDS.filter((k) => result.servers[k]);
  const peers = PEERS.filter((k) => result.servers[k]);
  const ours = result.servers.ours;
  const head = ['figure', ...kinds.map((k) => SERVER_LABELS[k]), ...(ours ? peers.map((p) => `ours / ${p}`) : [])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const row of [...stepRows(result), ...figureRows(result)]) {
    const values = kinds.map((k) => {
      const f = result.servers[k];
      return f ? fmt(row.value(f), row.digits ?? 1) : 'n/a';
    });
    const ratios = ours
      ? peers.map((p) => {
          const f = result.servers[p];
          return f ? ratio(row.value(ours), row.value(f)) : 'n/a';
        })
      : [];
    lines.push(`| ${[row.name, ...values, ...ratios].join(' | ')} |`);
  }
  const m = result.meta;
  const intro = [
    `# Benchmark (${m.mode}), ${m.startedAt} to ${m.finishedAt}, Node ${m.node}`,
    '',
    `${m.scale.rounds} round(s), order rotated (${m.order.map((o) => o.join(' > ')).join('; ')}); typing ${m.scale.timing.cps} chars/s per editor, cursor ${m.scale.timing.cursorHz} Hz, ${m.scale.timing.durationMs} ms per step.`,
    '',
  ];
  const broken =
    result.broken.length > 0
      ? ['', '**Broken run:**', ...result.broken.map((b) => `- ${b}`)]
      : ['', 'No figure missing, no delivery lost.'];
  return [...intro, ...lines, ...broken, ''].join('\n');
}

const COLORS: Record<ServerKind, string> = {
  ours: '#d62728',
  'ours-pg': '#ff7f0e',
  yws: '#1f77b4',
  hocuspocus: '#2ca02c',
  relay: '#7f7f7f',
};

/** A line chart of fan-out p99 against editors (shape A), one line per server and P. */
export function svgChart(result: BenchResult): string {
  const W = 720;
  const H = 420;
  const pad = { l: 60, r: 200, t: 30, b: 50 };
  const series: { kind: ServerKind; p: number; points: { x: number; y: number }[] }[] = [];
  for (const kind of ALL_KINDS) {
    const f = result.servers[kind];
    if (!f) continue;
    const ps = [...new Set(f.steps.filter((s) => s.shape === 'A').map((s) => s.editorsPerDoc))];
    for (const p of ps) {
      const points = f.steps
        .filter((s) => s.shape === 'A' && s.editorsPerDoc === p && s.latency.p99 !== null)
        .map((s) => ({ x: s.editors, y: s.latency.p99 ?? 0 }))
        .sort((a, b) => a.x - b.x);
      series.push({ kind, p, points });
    }
  }
  const all = series.flatMap((s) => s.points);
  const maxX = Math.max(1, ...all.map((p) => p.x));
  // Log scale for latency (1 ms at the axis): the peers differ by orders of magnitude.
  const decades = Math.max(1, Math.ceil(Math.log10(Math.max(10, ...all.map((p) => p.y)))));
  const sx = (x: number): number => pad.l + (x / maxX) * (W - pad.l - pad.r);
  const sy = (y: number): number => H - pad.b - (Math.log10(Math.max(1, y)) / decades) * (H - pad.t - pad.b);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${pad.l}" y="18" font-size="14">Fan-out p99 (ms, log scale) against editors, shape A (${result.meta.mode} run)</text>`,
    `<line x1="${pad.l}" y1="${H - pad.b}" x2="${W - pad.r}" y2="${H - pad.b}" stroke="black"/>`,
    `<line x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${H - pad.b}" stroke="black"/>`,
    `<text x="${(pad.l + W - pad.r) / 2}" y="${H - 12}" text-anchor="middle">editors (documents x editors per document)</text>`,
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
  const limit = result.meta.scale.p99LimitMs;
  if (limit < 10 ** decades)
    out.push(
      `<line x1="${pad.l}" y1="${sy(limit)}" x2="${W - pad.r}" y2="${sy(limit)}" stroke="#999" stroke-dasharray="2,3"/>`,
    );
  series.forEach((s, i) => {
    const dash = s.p > 5 ? ' stroke-dasharray="6,4"' : '';
    const path = s.points.map((p, j) => `${j === 0 ? 'M' : 'L'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
    out.push(`<path d="${path}" fill="none" stroke="${COLORS[s.kind]}" stroke-width="2"${dash}/>`);
    for (const p of s.points)
      out.push(`<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3" fill="${COLORS[s.kind]}"/>`);
    const ly = pad.t + 10 + i * 18;
    out.push(
      `<line x1="${W - pad.r + 10}" y1="${ly}" x2="${W - pad.r + 40}" y2="${ly}" stroke="${COLORS[s.kind]}" stroke-width="2"${dash}/>`,
    );
    out.push(`<text x="${W - pad.r + 46}" y="${ly + 4}">${s.kind}, P=${s.p}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}
