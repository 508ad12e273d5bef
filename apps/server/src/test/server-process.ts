import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/**
 * V8 flags for the Node processes the tests start (servers, migrations, the backup tool). V8's
 * background threads (concurrent compilation, parallel GC) only add CPU beside three test workers on
 * two cores: without them a server's start-up took 3.2 CPU-s instead of 4.2, and no longer. The
 * processes behave the same; only where V8 does its work differs.
 */
export const CHILD_NODE_FLAGS: readonly string[] = ['--single-threaded'];

/** The built server (the test task depends on the build), run as a real process that can be killed. */
const MAIN = resolve(__dirname, '../../dist/main.js');

export interface ServerProcess {
  port: number;
  baseUrl: string;
  wsBase: string;
  proc: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/**
 * Ports for servers the tests start, below Linux's ephemeral range (32768–60999). A port from
 * `listen(0)` comes from that range, which outgoing connections also take their local ports from:
 * a server killed and started again on its port (the crash tests) found it taken by some client's
 * connection meanwhile (EADDRINUSE). Each jest worker draws from a slice of its own, so workers
 * never pick the same port; within one, files run one after another and each port is checked free.
 */
const PORT_BASE = 20_000;
const PORT_SLICE = 2_500;

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

export async function freePort(): Promise<number> {
  const worker = Math.max(1, Number(process.env.JEST_WORKER_ID ?? '1')) - 1;
  const first = PORT_BASE + (worker % 5) * PORT_SLICE;
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = first + Math.floor(Math.random() * PORT_SLICE);
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port in ${first}–${first + PORT_SLICE - 1}`);
}

/** bcrypt's lowest cost, as in the in-process tests, except for a production server (which refuses it). */
function testPasswordCost(env: Record<string, string>): Record<string, string> {
  return env.NODE_ENV === 'production' ? {} : { PASSWORD_COST: '4' };
}

/** Starts `node dist/main.js` with the given store and waits until it serves. */
export async function spawnServer(
  env: Record<string, string>,
  port: number,
  // A built server starts in seconds; beside a busy test run on 2 cores it can take a minute or more.
  startTimeoutMs = 120_000,
): Promise<ServerProcess> {
  const proc = spawn(process.execPath, [...CHILD_NODE_FLAGS, MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      DOC_IDLE_MS: '600000',
      ...testPasswordCost(env),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolveExit) => proc.on('exit', (code) => resolveExit(code)));
  const started = Date.now();
  while (!out.includes('IEP workspace is running')) {
    if (proc.exitCode !== null) throw new Error(`server exited: ${out}`);
    if (Date.now() - started > startTimeoutMs) throw new Error(`server did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    wsBase: `ws://127.0.0.1:${port}/collab`,
    proc,
    output: () => out,
    exited,
  };
}

/** A y-websocket client that keeps reconnecting (quickly) to whatever serves the port. */
export function typist(wsBase: string, sectionId: string, token: string): WebsocketProvider {
  return new WebsocketProvider(wsBase, sectionId, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
    maxBackoffTime: 300,
  });
}

/** Types one token as a paragraph of its own into a part of the section. */
export function typeToken(doc: Y.Doc, part: string, token: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(token)]);
  const fragment = doc.getXmlFragment(part);
  fragment.insert(fragment.length, [paragraph]);
}

/** How often each token appears in the part (a duplicated update would show as 2). */
export function tokenCounts(doc: Y.Doc, part: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of doc
    .getXmlFragment(part)
    .toString()
    .matchAll(/tok-[a-z0-9-]+/g))
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  return counts;
}
