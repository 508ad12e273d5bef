// One server under test, in a process of its own: `node server-child.js <kind> [ours main.js]`.
// Answers stats requests over IPC so that every server is measured the same way, from inside.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ReadyMessage, ServerKind, ServerStats, StatsRequest } from './messages';
import { startHocuspocus } from './hocuspocus';
import { startYws } from './yws';

const kind = process.argv[2] as ServerKind;
const eld = monitorEventLoopDelay({ resolution: 5 });
eld.enable();
let docCount: () => number | null = () => null;
let storeBytes: () => number | null = () => null;
/** Heap held by threads of the server beside the main one (ours on PGlite: the database thread). */
let threadsHeap: (gc: boolean) => Promise<number> = () => Promise.resolve(0);

function diskWriteBytes(): number | null {
  try {
    const line = readFileSync('/proc/self/io', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('write_bytes:'));
    return line ? Number(line.split(':')[1]) : null;
  } catch {
    return null;
  }
}

async function stats(req: StatsRequest): Promise<ServerStats> {
  if (req.gc && typeof global.gc === 'function') {
    global.gc();
    global.gc();
  }
  const otherThreads = await threadsHeap(req.gc);
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  const out: ServerStats = {
    type: 'stats',
    id: req.id,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rss: mem.rss,
    heapUsed: mem.heapUsed + otherThreads,
    eldP99: eld.percentile(99) / 1e6,
    eldMax: eld.max / 1e6,
    diskWriteBytes: diskWriteBytes(),
    storeBytes: storeBytes(),
    docs: docCount(),
  };
  if (req.reset) eld.reset();
  return out;
}

process.on('message', (msg: StatsRequest) => {
  if (msg.type === 'stats') void stats(msg).then((s) => process.send?.(s));
});

function ready(port: number): void {
  const msg: ReadyMessage = { type: 'ready', port };
  process.send?.(msg);
}

/** The floor: each frame goes to the other sockets of the same room, and nothing else happens. */
function startRelay(port: number): void {
  const rooms = new Map<string, Set<WebSocket>>();
  const http = createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ server: http, maxPayload: 64 * 1024 * 1024 });
  wss.on('connection', (ws, req) => {
    const room = req.url ?? '/';
    const peers = rooms.get(room) ?? new Set<WebSocket>();
    rooms.set(room, peers);
    peers.add(ws);
    ws.on('message', (data, isBinary) => {
      for (const peer of peers) if (peer !== ws && peer.readyState === peer.OPEN) peer.send(data, { binary: isBinary });
    });
    ws.on('close', () => {
      peers.delete(ws);
      if (peers.size === 0) rooms.delete(room);
    });
  });
  docCount = () => rooms.size;
  http.listen(port, '127.0.0.1', () => ready(port));
}

/** Our server, loaded into this process (its env comes from the coordinator); ready once /api/health answers. */
async function startOurs(port: number, main: string): Promise<void> {
  await import(main);
  // The registry's count of documents in memory (the same module instance the app loaded).
  const registry = (await import(join(dirname(main), 'collab/doc-registry.js'))) as {
    documentsInMemory?: () => number;
  };
  const count = registry.documentsInMemory;
  if (count) docCount = () => count();
  const db = (await import(join(dirname(main), 'db/pglite-worker.js'))) as {
    threadsHeapUsed?: (gc: boolean) => Promise<number>;
  };
  const heapOf = db.threadsHeapUsed;
  if (heapOf) threadsHeap = (gc) => heapOf(gc);
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return ready(port);
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('our server did not start within 60 s');
}

async function main(): Promise<void> {
  const port = Number(process.env.BENCH_PORT);
  if (kind === 'relay') return startRelay(port);
  if (kind === 'yws') {
    const yws = startYws(port, () => ready(port));
    docCount = yws.docs;
    return;
  }
  if (kind === 'hocuspocus') {
    const hp = await startHocuspocus(port);
    docCount = hp.docs;
    storeBytes = hp.storeBytes;
    return ready(port);
  }
  const mainPath = process.argv[3];
  if ((kind === 'ours' || kind === 'ours-pg') && mainPath) return startOurs(port, mainPath);
  throw new Error(`unknown server kind ${String(kind)}`);
}

main().catch((err: Error) => {
  process.stderr.write(`server child failed: ${err.stack ?? err.message}\n`);
  process.exit(1);
});
