import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import type { BeginReply, ThreadReply, ThreadRequest } from './pglite-protocol';

type Request = ThreadRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/**
 * The thread's entry: the compiled pglite-thread.js beside this file; under jest, which runs the
 * TypeScript sources, pglite-thread.ts with a require hook that compiles .ts files with swc (the
 * tests' own compiler), so the thread runs the same source the tests do.
 */
function threadEntry(): { code: string; eval: boolean } {
  const js = join(__dirname, 'pglite-thread.js');
  if (existsSync(js)) return { code: js, eval: false };
  const boot = `
    const { readFileSync } = require('node:fs');
    const { transformSync } = require(${JSON.stringify(require.resolve('@swc/core'))});
    require.extensions['.ts'] = (module, file) => {
      const { code } = transformSync(readFileSync(file, 'utf8'), {
        filename: file, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' },
      });
      module._compile(code, file);
    };
    require(${JSON.stringify(join(__dirname, 'pglite-thread.ts'))});
  `;
  return { code: boot, eval: true };
}

/** The database threads open in this process, for the heap they hold (see threadsHeapUsed). */
const threads = new Set<PgliteThread>();

/**
 * The heap in use by every database thread of this process: a thread's isolate has a heap of its
 * own, which `process.memoryUsage()` on the main thread leaves out (read by the benchmark's probe).
 */
export async function threadsHeapUsed(gc = false): Promise<number> {
  const used = await Promise.all([...threads].map((t) => t.call<number>({ op: 'heap', gc }).catch(() => 0)));
  return used.reduce((a, b) => a + b, 0);
}

function rebuild(error: Extract<ThreadReply, { ok: false }>['error']): Error {
  if (error.cause) return new DriverAdapterError(error.cause as unknown as DriverAdapterError['cause']);
  const err = new Error(error.message);
  err.name = error.name;
  return err;
}

/**
 * The embedded database on a thread of its own (see pglite-thread.ts): Prisma gets a driver adapter
 * whose calls go to the thread as messages. Calls keep their order; a transaction is a handle held
 * by the thread. If the thread dies, every waiting and later call fails (the store reads as down).
 */
export class PgliteThread implements SqlDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'iep-pglite-thread';
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private failed: Error | null = null;
  private closed = false;

  /** `onFailure`: the thread died (PGlite aborted); every query fails from then on. */
  constructor(
    dataDir: string,
    private readonly onFailure: (err: Error) => void = () => undefined,
  ) {
    const entry = threadEntry();
    this.worker = new Worker(entry.code, { eval: entry.eval, workerData: { dataDir } });
    threads.add(this);
    // An idle thread does not keep the process alive; a call in flight does (see call()).
    this.worker.unref();
    this.worker.on('message', (reply: ThreadReply) => {
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(rebuild(reply.error));
    });
    const died = (err: Error): void => {
      if (this.closed || this.failed) return;
      this.fail(err);
      this.onFailure(err);
    };
    this.worker.on('error', died);
    this.worker.on('exit', (code) => died(new Error(`The database thread stopped (exit code ${code})`)));
  }

  private fail(err: Error): void {
    this.failed = err;
    for (const waiter of this.pending.values()) waiter.reject(err);
    this.pending.clear();
  }

  call<T>(request: Request): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (v) => resolve(v as T), reject });
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ ...request, id });
    });
  }

  connect(): Promise<SqlDriverAdapter> {
    return Promise.resolve(new ThreadAdapter(this));
  }

  /** A consistent gzipped copy of the data directory (ops/backup), taken in the thread. */
  dump(): Promise<Uint8Array> {
    return this.call<Uint8Array>({ op: 'dump' });
  }

  /** Closes PGlite in its thread (it must be closed before exit), then ends the thread. */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      if (!this.failed) await this.call<null>({ op: 'close' });
    } finally {
      threads.delete(this);
      this.closed = true;
      this.fail(new Error('The embedded database is closed'));
      await this.worker.terminate();
    }
  }
}

class ThreadQueryable {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'iep-pglite-thread';

  constructor(
    protected readonly thread: PgliteThread,
    protected readonly txId?: number,
  ) {}

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.thread.call<SqlResultSet>({ op: 'query', txId: this.txId, query });
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.thread.call<number>({ op: 'execute', txId: this.txId, query });
  }
}

class ThreadTransaction extends ThreadQueryable implements Transaction {
  constructor(
    thread: PgliteThread,
    private readonly id: number,
    readonly options: BeginReply['options'],
  ) {
    super(thread, id);
  }

  async commit(): Promise<void> {
    await this.thread.call<null>({ op: 'commit', txId: this.id });
  }

  async rollback(): Promise<void> {
    await this.thread.call<null>({ op: 'rollback', txId: this.id });
  }
}

class ThreadAdapter extends ThreadQueryable implements SqlDriverAdapter {
  async executeScript(script: string): Promise<void> {
    await this.thread.call<null>({ op: 'script', script });
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const { txId, options } = await this.thread.call<BeginReply>({ op: 'begin', isolationLevel });
    return new ThreadTransaction(this.thread, txId, options);
  }

  getConnectionInfo(): { supportsRelationJoins: boolean } {
    return { supportsRelationJoins: true };
  }

  dispose(): Promise<void> {
    return Promise.resolve();
  }
}
