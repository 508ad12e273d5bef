import { Injectable, Logger } from '@nestjs/common';
import * as Y from 'yjs';
import { Prisma } from '../generated/prisma/client';
import { GroupCommit } from '../db/group-commit';
import { PrismaService } from '../db/prisma.service';
import { Metrics } from '../ops/metrics/metrics.service';

export interface PendingUpdate {
  update: Uint8Array;
  userId: string | null;
}

/** One row of the update log. */
interface LogRow {
  sectionId: string;
  update: Uint8Array;
  userId: string | null;
}

/** Applies stored bytes to a doc; a row that does not apply fails the whole load. */
function applyStored(doc: Y.Doc, bytes: Uint8Array, what: string): void {
  try {
    Y.applyUpdate(doc, bytes);
  } catch (err) {
    throw new Error(`Stored ${what} does not apply: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * The section's Yjs state in the database: a compacted snapshot plus an append-only log of the
 * updates since. Everything stored here was produced by a server Y.Doc that had applied it, never
 * raw client bytes merged blindly (see env-notes on crafted updates).
 */
@Injectable()
export class DocStore {
  private readonly logger = new Logger(DocStore.name);
  /** Appends of several documents go out together (group commit, see db/group-commit.ts). */
  private readonly log = new GroupCommit<LogRow>((rows, shared) => this.insert(rows, shared));

  constructor(
    private readonly prisma: PrismaService,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Loads a section's state into `doc`. Throws when the database cannot be read or a stored row
   * does not apply: the caller must then refuse the connection, never serve an empty document.
   */
  async load(sectionId: string, doc: Y.Doc): Promise<{ logLength: number }> {
    const [snapshot, updates] = await Promise.all([
      this.prisma.client.sectionSnapshot.findUnique({ where: { sectionId } }),
      this.prisma.client.sectionUpdate.findMany({
        where: { sectionId },
        orderBy: { id: 'asc' },
        select: { update: true },
      }),
    ]);
    doc.transact(() => {
      if (snapshot) applyStored(doc, snapshot.state, 'snapshot');
      for (const row of updates) applyStored(doc, row.update, 'update');
    }, 'load');
    return { logLength: updates.length };
  }

  /**
   * Appends a batch, one row per author (the log says who edited when). Merging is safe here: every
   * update in a batch was encoded by the server's own Y.Doc after it applied the change, never the
   * bytes a client sent. Resolves with the rows written for this batch, once they are stored.
   */
  async append(sectionId: string, batch: PendingUpdate[]): Promise<number> {
    const byAuthor = new Map<string | null, Uint8Array[]>();
    for (const u of batch) {
      const mine = byAuthor.get(u.userId);
      if (mine) mine.push(u.update);
      else byAuthor.set(u.userId, [u.update]);
    }
    const rows = [...byAuthor].map(([userId, updates]) => ({
      sectionId,
      update: Uint8Array.from(updates.length === 1 && updates[0] ? updates[0] : Y.mergeUpdates(updates)),
      userId,
    }));
    await this.log.submit(rows);
    return rows.length;
  }

  /** One INSERT of `rows`; a document's own failed write is counted (a shared one is retried per document). */
  private async insert(rows: LogRow[], shared: boolean): Promise<void> {
    const timer = this.metrics.storeWriteSeconds.startTimer();
    try {
      // A plain statement: Prisma's createMany spends about 1.6 ms of CPU planning each call, four
      // times this one, and the update log is the server's most frequent write.
      const values = rows.map((r) => Prisma.sql`(${r.sectionId}::uuid, ${r.update}, ${r.userId}::uuid)`);
      await this.prisma.client
        .$executeRaw`INSERT INTO "SectionUpdate" ("sectionId", "update", "userId") VALUES ${Prisma.join(values)}`;
    } catch (err) {
      if (!shared) this.metrics.storeWriteFailures.inc();
      throw err;
    } finally {
      timer();
    }
  }

  /**
   * Folds the log into the snapshot. Runs under a PostgreSQL advisory lock so two instances never
   * compact one section at once; rebuilds from what is stored, so updates appended by any writer
   * are kept.
   */
  async compact(sectionId: string): Promise<number> {
    return this.prisma.client.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', `section:${sectionId}`);
      const updates = await tx.sectionUpdate.findMany({
        where: { sectionId },
        orderBy: { id: 'asc' },
        select: { id: true, update: true },
      });
      const last = updates[updates.length - 1];
      // Nothing logged since the snapshot (a document only read): the snapshot is not even read.
      if (!last) return 0;
      const snapshot = await tx.sectionSnapshot.findUnique({ where: { sectionId } });
      const doc = new Y.Doc({ gc: true });
      try {
        if (snapshot) applyStored(doc, snapshot.state, 'snapshot');
        for (const row of updates) applyStored(doc, row.update, 'update');
        const state = Y.encodeStateAsUpdate(doc);
        await tx.sectionSnapshot.upsert({
          where: { sectionId },
          create: { sectionId, state: Uint8Array.from(state) },
          update: { state: Uint8Array.from(state) },
        });
        await tx.sectionUpdate.deleteMany({ where: { sectionId, id: { lte: last.id } } });
        this.logger.debug(`Compacted ${updates.length} updates of ${sectionId} into ${state.byteLength} bytes`);
        return updates.length;
      } finally {
        doc.destroy();
      }
    });
  }
}
