import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { BENCH_APP_SECRET, SERVER_MAIN } from '../ours/setup';
import { isOurs, type ReadyMessage, type ServerKind, type ServerStats, type StatsRequest } from './messages';

/** How long our server keeps a document after its last client leaves, in the bench (default 30 s). */
export const OURS_DOC_IDLE_MS = 500;

/** How long to wait for a server to let go of idle documents: ours after DOC_IDLE_MS, Hocuspocus at once, the others never. */
export function idleWaitMs(kind: ServerKind): number {
  return isOurs(kind) ? OURS_DOC_IDLE_MS + 1000 : kind === 'hocuspocus' ? 1000 : 300;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** A server under test in its own process, with the stats channel. */
export class ServerHandle {
  private nextId = 1;
  private readonly waiting = new Map<number, (s: ServerStats) => void>();
  private output = '';
  readonly exited: Promise<number | null>;

  private constructor(
    readonly kind: ServerKind,
    readonly port: number,
    private readonly proc: ChildProcess,
  ) {
    proc.on('message', (msg: ServerStats | ReadyMessage) => {
      if (msg.type !== 'stats') return;
      this.waiting.get(msg.id)?.(msg);
      this.waiting.delete(msg.id);
    });
    proc.stdout?.on('data', (d: Buffer) => (this.output = (this.output + d.toString()).slice(-20_000)));
    proc.stderr?.on('data', (d: Buffer) => (this.output = (this.output + d.toString()).slice(-20_000)));
    this.exited = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
  }

  /** `store` is a PGlite directory (ours) or a PostgreSQL URL (ours-pg); the peers ignore it. */
  static async start(kind: ServerKind, store: string, cpuProfileDir: string | null): Promise<ServerHandle> {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', BENCH_PORT: String(port) };
    if (isOurs(kind)) {
      Object.assign(env, kind === 'ours' ? { DATA_DIR: store } : { DATABASE_URL: store });
      Object.assign(env, {
        PORT: String(port),
        HOST: '127.0.0.1',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        APP_SECRET: BENCH_APP_SECRET,
        COLLAB_TOKEN_TTL_SECONDS: '3600',
        DOC_IDLE_MS: String(OURS_DOC_IDLE_MS),
      });
    }
    const execArgv = ['--expose-gc', '--max-old-space-size=4096'];
    if (cpuProfileDir) execArgv.push('--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`);
    const args = isOurs(kind) ? [kind, SERVER_MAIN] : [kind];
    const proc = fork(join(__dirname, 'server-child.js'), args, {
      env,
      execArgv,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const handle = new ServerHandle(kind, port, proc);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${kind} did not start: ${handle.output}`)), 90_000);
      proc.on('message', (msg: ReadyMessage | ServerStats) => {
        if (msg.type === 'ready') {
          clearTimeout(timer);
          resolve();
        }
      });
      proc.on('exit', (code) => reject(new Error(`${kind} exited (${code}) before it was ready: ${handle.output}`)));
    });
    return handle;
  }

  stats(gc = false, reset = false): Promise<ServerStats> {
    const id = this.nextId++;
    const req: StatsRequest = { type: 'stats', id, gc, reset };
    return new Promise((resolve, reject) => {
      // Generous: a server starved by a busy machine answers late, and a late answer is not a broken run.
      const timer = setTimeout(() => reject(new Error(`${this.kind}: no stats answer`)), 120_000);
      this.waiting.set(id, (s) => {
        clearTimeout(timer);
        resolve(s);
      });
      this.proc.send(req);
    });
  }

  get log(): string {
    return this.output;
  }

  /** SIGTERM (ours stores open documents and closes the database), SIGKILL after 15 s. */
  async stop(): Promise<number | null> {
    if (this.proc.exitCode !== null) return this.proc.exitCode;
    this.proc.kill('SIGTERM');
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 15_000);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
