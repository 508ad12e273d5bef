import { mkdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { docLayout, type Scale } from './config';
import { brokenChecks, summarizeServer, type BenchResult, type RoundFigures } from './figures';
import { LoadWorker } from './load/pool';
import { copyTemplate, OursAuth, prepareTemplate, type OursTemplate } from './ours/setup';
import { PgStore } from './ours/postgres';
import { loadRound, log, logMemory, type RoundContext } from './round';
import { ServerHandle } from './servers/handle';
import { isOurs, type ServerKind } from './servers/messages';
import { shapeD, type MemoryFigures } from './shapes';
import { Target } from './target';

export type { BenchResult } from './figures';

interface Accum {
  rounds: RoundFigures[];
  memory: MemoryFigures | null;
  /** Per P, the last step held in the first round: where later rounds start their ladder. */
  startAt: Map<number, number>;
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
    : kind === 'ours' || scale.mode !== 'short'
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
  const errors: string[] = [];
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
      logMemory(m);
    }
    const ctx: RoundContext = {
      server,
      target,
      pool,
      syncWorker,
      scale,
      round,
      layout,
      startAt: acc.startAt,
      storeSize: pg ? () => pg.store.size(store) : null,
    };
    acc.rounds.push(await loadRound(ctx));
  } finally {
    for (const w of [...pool, syncWorker]) w.stop();
    const code = await server.stop();
    if (code !== 0 && code !== null) errors.push(`${kind} exited with ${code}: ${server.log.slice(-500)}`);
    if (kind === 'ours') rmSync(dataDir, { recursive: true, force: true });
    acc.rounds[acc.rounds.length - 1]?.errors.push(...errors);
  }
}

export async function runBench(
  scale: Scale,
  kinds: ServerKind[],
  cpuProf: boolean,
  outDir: string,
  command: string,
  /** Called after every server's round with the figures so far (a long run can be read while it goes). */
  onProgress: (partial: BenchResult) => void = () => undefined,
): Promise<BenchResult> {
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg();
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
  // The short run overlaps this with the other servers (it measures nothing then); the others wait.
  if (scale.mode !== 'short') await Promise.all([stores.pglite, stores.pg?.template]);
  const accs = new Map<ServerKind, Accum>(kinds.map((k) => [k, { rounds: [], memory: null, startAt: new Map() }]));
  const order: ServerKind[][] = [];
  const build = (): BenchResult => {
    const servers: BenchResult['servers'] = {};
    for (const [kind, acc] of accs) if (acc.rounds.length > 0) servers[kind] = summarizeServer(acc.rounds, acc.memory);
    const invalid = Object.entries(servers).flatMap(([kind, f]) =>
      f.rounds.flatMap((r) =>
        r.steps
          .filter((s) => !s.valid)
          .map(
            (s) =>
              `${kind} round ${r.round + 1} ${s.label}: generators' event-loop delay p99 ${s.clientEldP99.toFixed(0)} ms after ${s.attempts} tries`,
          ),
      ),
    );
    return {
      meta: {
        mode: scale.mode,
        startedAt,
        finishedAt: new Date().toISOString(),
        node: process.version,
        machine: {
          cores: cpus().length,
          memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
          loadBefore,
          loadAfter: loadavg(),
        },
        command,
        scale,
        order,
      },
      servers,
      invalid,
      broken: [],
    };
  };
  try {
    for (let round = 0; round < scale.rounds; round++) {
      // Order rotated each round; the short run puts ours last so its store can be prepared meanwhile.
      const first = scale.mode === 'short' ? [...kinds.filter((k) => !isOurs(k)), ...kinds.filter(isOurs)] : kinds;
      const rotated = first.map((_, i) => first[(i + round) % first.length] ?? 'relay');
      order.push(rotated);
      for (const kind of rotated) {
        log(`round ${round + 1}/${scale.rounds}: ${kind} (load ${loadavg()[0]?.toFixed(2)})`);
        const acc = accs.get(kind);
        if (acc) await oneServerRound(kind, round, scale, stores, workDir, acc, cpuProf && round === 0);
        onProgress(build());
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    await stores.pg?.store.dropAll().catch((err: Error) => log(`could not drop the bench databases: ${err.message}`));
  }
  const result = build();
  result.broken = brokenChecks(result);
  return result;
}
