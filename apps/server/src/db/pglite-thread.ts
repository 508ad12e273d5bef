// The embedded database's own thread. PGlite (PostgreSQL compiled to WebAssembly) runs each statement
// synchronously on the thread that calls it: on the server's main thread, a large document's load
// or compaction stalled every socket (other documents' p99 40 ms in `npm run bench`). Here PGlite
// and its Prisma adapter run beside the main thread, which sends the adapter's calls as messages
// (pglite-worker.ts) and only waits for the results.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter, Transaction } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { dumpOpen } from '../ops/backup/pglite-backup';
import { withFastBytea } from './pglite-bytea';
import type { ThreadReply, ThreadRequest } from './pglite-protocol';

function errorPayload(err: unknown): Extract<ThreadReply, { ok: false }>['error'] {
  const e = err instanceof Error ? err : new Error(String(err));
  const cause: unknown = e.name === 'DriverAdapterError' ? e.cause : undefined;
  return {
    name: e.name,
    message: e.message,
    cause: cause && typeof cause === 'object' ? { ...(cause as Record<string, unknown>) } : undefined,
  };
}

function serve(port: NonNullable<typeof parentPort>, dataDir: string): void {
  const pglite = new PGlite(dataDir);
  const adapter: Promise<SqlDriverAdapter> = new PrismaPGlite(withFastBytea(pglite)).connect();
  const txs = new Map<number, Transaction>();
  let nextTx = 1;
  const on = async (txId: number | undefined): Promise<SqlDriverAdapter | Transaction> => {
    if (txId === undefined) return adapter;
    const tx = txs.get(txId);
    if (!tx) throw new Error(`no open transaction ${txId}`);
    return tx;
  };
  const handle = async (req: ThreadRequest): Promise<unknown> => {
    switch (req.op) {
      case 'query':
        return (await on(req.txId)).queryRaw(req.query);
      case 'execute':
        return (await on(req.txId)).executeRaw(req.query);
      case 'script':
        return (await adapter).executeScript(req.script);
      case 'begin': {
        const tx = await (await adapter).startTransaction(req.isolationLevel);
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
      case 'dump':
        return dumpOpen(pglite);
      case 'heap':
        if (req.gc && typeof global.gc === 'function') global.gc();
        return process.memoryUsage().heapUsed;
      case 'close':
        await pglite.close();
        return null;
    }
  };
  port.on('message', (req: ThreadRequest) => {
    handle(req).then(
      (value) => {
        // A dump's bytes move to the main thread instead of being copied.
        const transfer = value instanceof Uint8Array ? [value.buffer as ArrayBuffer] : [];
        port.postMessage({ id: req.id, ok: true, value } satisfies ThreadReply, transfer);
      },
      (err: unknown) => port.postMessage({ id: req.id, ok: false, error: errorPayload(err) } satisfies ThreadReply),
    );
  });
}

if (parentPort) serve(parentPort, (workerData as { dataDir: string }).dataDir);
