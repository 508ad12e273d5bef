// The embedded database's own thread: PGlite (PostgreSQL compiled to WebAssembly) runs every query
// synchronously on the thread that calls it, so on the server's main thread each statement stalled
// every socket. Here it runs beside the main thread, which sends it Prisma's driver-adapter calls
// (see pglite-worker-adapter.ts) and gets the results back. Only package imports: this file is
// loaded as the worker's entry (compiled on the fly under jest).
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types, type PGliteInterface, type QueryOptions } from '@electric-sql/pglite';
import type { SqlDriverAdapter, Transaction } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import type { ThreadReply, ThreadRequest } from './pglite-protocol';

/** bytea as hex through Buffer (native) instead of a string per byte (PGlite's and the adapter's own). */
export function parseBytea(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text.slice(2), 'hex'));
}

export function serializeBytea(value: unknown): string {
  if (!(value instanceof Uint8Array)) throw new Error('Invalid input for bytea type');
  return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
}

/** The adapter passes its own parsers with every query; its bytea one is swapped for the fast one. */
function fastBytea<T extends Pick<PGliteInterface, 'query'>>(target: T): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value: unknown = Reflect.get(obj, prop, receiver);
      if (prop === 'query' && typeof value === 'function')
        return (sql: string, params?: unknown[], options?: QueryOptions) =>
          (value as PGliteInterface['query']).call(
            obj,
            sql,
            params,
            options?.parsers ? { ...options, parsers: { ...options.parsers, [types.BYTEA]: parseBytea } } : options,
          );
      if (prop === 'transaction' && typeof value === 'function')
        return (fn: (tx: Pick<PGliteInterface, 'query'>) => Promise<unknown>) =>
          (value as PGliteInterface['transaction']).call(obj, (tx) => fn(fastBytea(tx)));
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
    },
  });
}

function errorPayload(err: unknown): Extract<ThreadReply, { ok: false }>['error'] {
  const e = err instanceof Error ? err : new Error(String(err));
  const cause = e.name === 'DriverAdapterError' ? (e as Error & { cause?: unknown }).cause : undefined;
  return { name: e.name, message: e.message, cause: cause && typeof cause === 'object' ? { ...cause } : undefined };
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('pglite-thread runs as a worker thread');
  const { dataDir } = workerData as { dataDir: string };
  const pglite = new PGlite(dataDir, { serializers: { [types.BYTEA]: serializeBytea } });
  const adapterReady: Promise<SqlDriverAdapter> = new PrismaPGlite(fastBytea(pglite) as PGlite).connect();
  const txs = new Map<number, Transaction>();
  let nextTx = 1;
  const on = (txId: number | undefined): Promise<SqlDriverAdapter | Transaction> => {
    if (txId === undefined) return adapterReady;
    const tx = txs.get(txId);
    if (!tx) throw new Error(`no open transaction ${txId}`);
    return Promise.resolve(tx);
  };
  const handle = async (req: ThreadRequest): Promise<unknown> => {
    switch (req.op) {
      case 'query':
        return (await on(req.txId)).queryRaw(req.query);
      case 'execute':
        return (await on(req.txId)).executeRaw(req.query);
      case 'script':
        return (await adapterReady).executeScript(req.script);
      case 'begin': {
        const tx = await (await adapterReady).startTransaction(req.isolationLevel);
        const txId = nextTx++;
        txs.set(txId, tx);
        return { txId, options: tx.options };
      }
      case 'commit':
      case 'rollback': {
        const tx = txs.get(req.txId);
        txs.delete(req.txId);
        if (tx) await (req.op === 'commit' ? tx.commit() : tx.rollback());
        return null;
      }
      case 'close':
        await pglite.close();
        return null;
    }
  };
  port.on('message', (req: ThreadRequest) => {
    handle(req).then(
      (value) => port.postMessage({ id: req.id, ok: true, value } satisfies ThreadReply),
      (err: unknown) => port.postMessage({ id: req.id, ok: false, error: errorPayload(err) } satisfies ThreadReply),
    );
  });
}

if (parentPort) void main();
