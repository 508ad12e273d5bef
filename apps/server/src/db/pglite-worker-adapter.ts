import { existsSync, readFileSync } from 'node:fs';
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
 * The worker's entry: the compiled pglite-thread.js beside this file, or (under jest, which runs
 * the TypeScript sources) pglite-thread.ts compiled on the fly with swc, the tests' own compiler.
 */
function workerEntry(): { code: string; eval: boolean } {
  const js = join(__dirname, 'pglite-thread.js');
  if (existsSync(js)) return { code: js, eval: false };
  const ts = join(__dirname, 'pglite-thread.ts');
  const boot = `
    const Module = require('node:module');
    const { transformSync } = require(${JSON.stringify(require.resolve('@swc/core'))});
    const file = ${JSON.stringify(ts)};
    const { code } = transformSync(require('node:fs').readFileSync(file, 'utf8'), {
      filename: file, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' },
    });
    const m = new Module(file);
    m.filename = file;
    m.paths = Module._nodeModulePaths(require('node:path').dirname(file));
    m._compile(code, file);
  `;
  // readFileSync keeps the check honest: the source must be there.
  readFileSync(ts);
  return { code: boot, eval: true };
}

/**
 * The embedded database on a thread of its own: PGlite and the Prisma adapter for it run in a
 * worker thread, and this factory hands Prisma the same driver-adapter calls over messages. The
 * socket thread then only waits for results, never runs a statement. Calls keep their order (one
 * queue per thread, PGlite's own lock for transactions); a transaction is a handle in the worker.
 */
export class PgliteWorker implements SqlDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'iep-pglite-worker';
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private failed: Error | null = null;
  private closed = false;

  constructor(dataDir: string) {
    const entry = workerEntry();
    this.worker = new Worker(entry.code, { eval: entry.eval, workerData: { dataDir } });
    // Idle, the thread does not keep the process alive; a call in flight does (see call()).
    this.worker.unref();
    this.worker.on('message', (reply: ThreadReply) => {
      const waiter = this.pending.get(reply.id);
      if (!waiter) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if (reply.ok) waiter.resolve(reply.value);
      else {
        const { cause, message, name } = reply.error;
        const err = cause
          ? new DriverAdapterError(cause as unknown as DriverAdapterError['cause'])
          : new Error(message);
        if (!cause) err.name = name;
        waiter.reject(err);
      }
    });
    const fail = (err: Error): void => {
      this.failed = err;
      for (const waiter of this.pending.values()) waiter.reject(err);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => {
      if (!this.closed) fail(new Error(`The database thread stopped (exit code ${code})`));
    });
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
    return Promise.resolve(new WorkerAdapter(this));
  }

  /** Closes PGlite in its thread (it must be closed before exit), then ends the thread. */
  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.call<null>({ op: 'close' });
    } finally {
      this.closed = true;
      await this.worker.terminate();
    }
  }
}

class WorkerQueryable {
  readonly provider = 'postgres' as const;
  readonly adapterName = 'iep-pglite-worker';

  constructor(
    protected readonly thread: PgliteWorker,
    protected readonly txId?: number,
  ) {}

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.thread.call<SqlResultSet>({ op: 'query', txId: this.txId, query });
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.thread.call<number>({ op: 'execute', txId: this.txId, query });
  }
}

class WorkerTransaction extends WorkerQueryable implements Transaction {
  constructor(
    thread: PgliteWorker,
    txId: number,
    readonly options: BeginReply['options'],
  ) {
    super(thread, txId);
  }

  commit(): Promise<void> {
    return this.thread.call<null>({ op: 'commit', txId: this.txId ?? 0 }).then(() => undefined);
  }

  rollback(): Promise<void> {
    return this.thread.call<null>({ op: 'rollback', txId: this.txId ?? 0 }).then(() => undefined);
  }
}

class WorkerAdapter extends WorkerQueryable implements SqlDriverAdapter {
  executeScript(script: string): Promise<void> {
    return this.thread.call<null>({ op: 'script', script }).then(() => undefined);
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const { txId, options } = await this.thread.call<BeginReply>({ op: 'begin', isolationLevel });
    return new WorkerTransaction(this.thread, txId, options);
  }

  getConnectionInfo(): { supportsRelationJoins: boolean } {
    return { supportsRelationJoins: true };
  }

  dispose(): Promise<void> {
    return Promise.resolve();
  }
}
