import { types, type PGlite, type PGliteInterface, type QueryOptions } from '@electric-sql/pglite';

/*
 * bytea read through Buffer's native hex codec. PGlite's Prisma adapter turns bytea text into bytes
 * one byte at a time in JavaScript (a callback, a substring and a parseInt per byte): for the update
 * log that was most of what a document's load cost (a 1.5 MB document's read took 100–150 ms, measured
 * with `npm run bench`, then on the socket thread; PGlite now has a thread of its own, pglite-thread.ts).
 * Writing is left to PGlite's own serializer: a custom one, passed at construction, made every
 * statement slower (the benchmark's shape B p99 doubled).
 */

/** `\x0a1b…` (PostgreSQL's hex output) to bytes. */
export function parseBytea(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text.slice(2), 'hex'));
}

type Queryable = Pick<PGliteInterface, 'query'>;

/**
 * The Prisma adapter passes its own parsers with every query; this view of PGlite swaps their bytea
 * parser for the fast one, in transactions too. Everything else goes to PGlite unchanged.
 */
export function withFastBytea<T extends Queryable>(target: T): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop, obj);
      if (prop === 'query' && typeof value === 'function')
        return (sql: string, params?: unknown[], options?: QueryOptions) =>
          (value as PGliteInterface['query']).call(
            obj,
            sql,
            params,
            options?.parsers ? { ...options, parsers: { ...options.parsers, [types.BYTEA]: parseBytea } } : options,
          );
      if (prop === 'transaction' && typeof value === 'function')
        return (fn: (tx: Queryable) => Promise<unknown>) =>
          (value as PGlite['transaction']).call(obj, (tx) => fn(withFastBytea(tx)));
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(obj) : value;
    },
  });
}
