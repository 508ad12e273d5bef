import { AsyncLocalStorage } from 'node:async_hooks';
import type { Prisma } from '../generated/prisma/client';

/** A transaction handed to repositories: every write of one command goes through the same one. */
export type Tx = Prisma.TransactionClient;

const openTransaction = new AsyncLocalStorage<true>();

/**
 * Marks the work of a command's transaction. The embedded store (PGlite) has one connection: a read
 * that goes around the transaction (a section document loaded from the store's own client) waits
 * for the transaction, which times out after 5 s and answers 500. Such reads belong before the
 * transaction; `assertOutsideTransaction` makes one inside fail at once and say so, on every store
 * (PostgreSQL would not wait, so the tests there would never see it).
 */
export function inTransactionScope<R>(work: () => Promise<R>): Promise<R> {
  return openTransaction.run(true, work);
}

export function assertOutsideTransaction(what: string): void {
  if (openTransaction.getStore() === true)
    throw new Error(`${what} inside a transaction: read it before the transaction begins`);
}
