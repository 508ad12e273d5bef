// A load generator process: runs the clients of whole documents (so each edit's send time and every
// peer's receive time come from one clock), on the coordinator's orders over IPC.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Histogram } from '../histogram';
import { DocGroup } from './group';
import { ProbeClient } from './probe-client';
import { RawClient } from './raw-client';
import type { ClientSpec, WorkerReply, WorkerRequest } from './specs';

type Client = RawClient | ProbeClient;

const eld = monitorEventLoopDelay({ resolution: 5 });
eld.enable();
let hist = new Histogram();
let groups = new Map<string, DocGroup>();
let clients: Client[] = [];

function reply(msg: WorkerReply): void {
  process.send?.(msg);
}

function groupFor(doc: string): DocGroup {
  const g = groups.get(doc) ?? new DocGroup(doc, hist);
  groups.set(doc, g);
  return g;
}

function errorsOf(list: Client[]): string[] {
  return list.flatMap((c) => c.errors);
}

async function setup(specs: ClientSpec[]): Promise<void> {
  const made = specs.map((spec) => {
    const group = groupFor(spec.doc);
    const client: Client = spec.probe ? new ProbeClient(spec, group) : new RawClient(spec, group);
    group.members.add(client);
    return client;
  });
  clients.push(...made);
  const errors: string[] = [];
  const syncMs: number[] = [];
  // Connect in small waves, as people arrive, rather than all in one tick.
  for (let i = 0; i < made.length; i += 20) {
    const wave = made.slice(i, i + 20);
    const results = await Promise.allSettled(wave.map((c) => c.connect()));
    for (const r of results) {
      if (r.status === 'fulfilled') syncMs.push(r.value);
      else errors.push(String(r.reason));
    }
  }
  reply({ type: 'setup-done', syncMs, errors });
}

async function typeFor(durationMs: number, cps: number, cursorHz: number): Promise<void> {
  for (const g of groups.values()) g.resetCounters();
  hist = new Histogram();
  for (const g of groups.values()) g.hist = hist;
  eld.reset();
  for (const c of clients) c.typist?.start(cps, cursorHz);
  await new Promise((r) => setTimeout(r, durationMs));
  for (const c of clients) c.typist?.stop();
  reply({ type: 'typed' });
}

function sends(): void {
  const out: Record<string, number[]> = {};
  for (const [name, g] of groups) out[name] = g.localSends;
  reply({ type: 'sends', sends: out });
}

/** Installs the run's send table (every process's sends), then waits until every delivery is in. */
async function drain(timeoutMs: number, table: Record<string, number[]>): Promise<void> {
  for (const [name, g] of groups) g.install(table[name] ?? []);
  const until = Date.now() + timeoutMs;
  const totals = (): { expected: number; received: number; keystrokes: number } => {
    let expected = 0;
    let received = 0;
    let keystrokes = 0;
    for (const g of groups.values()) {
      expected += g.expected;
      received += g.received;
      keystrokes += g.keystrokes;
    }
    return { expected, received, keystrokes };
  };
  while (Date.now() < until && totals().received < totals().expected) await new Promise((r) => setTimeout(r, 50));
  const t = totals();
  reply({
    type: 'result',
    hist: hist.toJSON(),
    ...t,
    errors: errorsOf(clients),
    workerEldP99: eld.percentile(99) / 1e6,
  });
}

async function closeAll(): Promise<void> {
  await Promise.all(clients.map((c) => c.close()));
  clients = [];
  groups = new Map();
  reply({ type: 'closed' });
}

async function push(spec: ClientSpec, bytes: number): Promise<void> {
  const group = new DocGroup(spec.doc, new Histogram());
  const writer = new RawClient({ ...spec, role: 'editor' }, group);
  const errors: string[] = [];
  try {
    await writer.connect();
    writer.pushContent(bytes);
    // Read it back through a second socket: the server has it once a new client syncs it.
    let seen = 0;
    for (let i = 0; i < 100 && seen < bytes; i++) {
      const reader = new RawClient({ ...spec, role: 'viewer' }, group);
      await reader.connect();
      seen = reader.syncBytes;
      await reader.close();
      if (seen < bytes) await new Promise((r) => setTimeout(r, 100));
    }
    reply({ type: 'pushed', bytes: seen, errors });
  } catch (err) {
    reply({ type: 'pushed', bytes: 0, errors: [...errors, String(err)] });
  } finally {
    await writer.close();
  }
}

async function syncProbe(spec: ClientSpec, repeats: number): Promise<void> {
  const ms: number[] = [];
  const errors: string[] = [];
  let bytes = 0;
  for (let i = 0; i < repeats; i++) {
    const client = new RawClient({ ...spec, role: 'viewer' }, new DocGroup(spec.doc, new Histogram()), true);
    try {
      ms.push(await client.connect());
      bytes = client.syncBytes;
    } catch (err) {
      errors.push(String(err));
    }
    await client.close();
  }
  reply({ type: 'synced', ms, bytes, errors });
}

/** Connect, sync, leave, over and over (several at once, one per spec). */
async function cycles(specs: ClientSpec[], count: number): Promise<void> {
  const started = Date.now();
  let next = 0;
  let ok = 0;
  const errors: string[] = [];
  const lane = async (spec: ClientSpec): Promise<void> => {
    while (next < count) {
      next += 1;
      const client = new RawClient(spec, new DocGroup(spec.doc, new Histogram()));
      try {
        await client.connect();
        ok += 1;
      } catch (err) {
        if (errors.length < 20) errors.push(String(err));
      }
      await client.close();
    }
  };
  await Promise.all(specs.map(lane));
  reply({ type: 'cycles-done', ok, errors, ms: Date.now() - started });
}

process.on('message', (msg: WorkerRequest) => {
  const run = (): Promise<void> => {
    switch (msg.type) {
      case 'setup':
        return setup(msg.clients);
      case 'type':
        return typeFor(msg.durationMs, msg.cps, msg.cursorHz);
      case 'sends':
        sends();
        return Promise.resolve();
      case 'drain':
        return drain(msg.timeoutMs, msg.table);
      case 'close':
        return closeAll();
      case 'push':
        return push(msg.spec, msg.bytes);
      case 'sync-probe':
        return syncProbe(msg.spec, msg.repeats);
      case 'cycles':
        return cycles(msg.specs, msg.count);
    }
  };
  run().catch((err: Error) => {
    process.stderr.write(`worker: ${err.stack ?? err.message}\n`);
    process.exit(1);
  });
});
