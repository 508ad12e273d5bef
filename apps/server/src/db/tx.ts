import type { Prisma } from '../generated/prisma/client';

/** A transaction handed to repositories: every write of one command goes through the same one. */
export type Tx = Prisma.TransactionClient;
