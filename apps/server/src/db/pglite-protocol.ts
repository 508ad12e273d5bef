import type { IsolationLevel, SqlQuery, TransactionOptions } from '@prisma/driver-adapter-utils';

/** One driver-adapter call sent to the database thread (see pglite-thread.ts). */
export type ThreadRequest = { id: number } & (
  | { op: 'query' | 'execute'; txId?: number; query: SqlQuery }
  | { op: 'script'; script: string }
  | { op: 'begin'; isolationLevel?: IsolationLevel }
  | { op: 'commit' | 'rollback'; txId: number }
  | { op: 'dump' }
  /** The thread's own heap in use (bytes), after a GC when asked and the process allows it (--expose-gc). */
  | { op: 'heap'; gc: boolean }
  | { op: 'close' }
);

export type ThreadReply =
  | { id: number; ok: true; value: unknown }
  | {
      id: number;
      ok: false;
      /** A DriverAdapterError's cause (a mapped database error) crosses as data and is rebuilt. */
      error: { name: string; message: string; cause?: Record<string, unknown> };
    };

export interface BeginReply {
  txId: number;
  options: TransactionOptions;
}
