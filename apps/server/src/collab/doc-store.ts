import { Injectable, Logger } from '@nestjs/common';
import * as Y from 'yjs';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../db/prisma.service';
import { Metrics } from '../ops/metrics/metrics.service';

export interface PendingUpdate {
  update: Uint8Array;
  userId: string | null;
}

/** A document's rows waiting for the next INSERT (group commit), and how to tell it the outcome. */
interface WaitingAppend {
  rows: { sectionId: string; update: Uint8Array; userId: string | null }[];
  done(): void;
  failed(error: Error): void;
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
  private readonly waiting: WaitingAppend[] = [];
  private writingWaiting = false;

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
   * bytes a client sent. Appends of several documents go out together (see writeWaiting); resolves
   * with the rows written for this batch.
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
    // Nothing to write (an INSERT needs at least one row).
    if (rows.length === 0) return 0;
    return new Promise((resolve, reject) => {
      this.waiting.push({ rows, done: () => resolve(rows.length), failed: reject });
      if (!this.writingWaiting) {
        this.writingWaiting = true;
        setImmediate(() => void this.writeWaiting());
      }
    });
  }

  /**
   * Group commit: one INSERT at a time for all documents; the appends asked for while it runs (and
   * those of the same turn) go out together in the next one. An idle server writes at once; a busy
   * one makes one statement per database round trip instead of one per document and window.
   */
  private async writeWaiting(): Promise<void> {
    try {
      while (this.waiting.length > 0) await this.writeTogether(this.waiting.splice(0));
    } finally {
      this.writingWaiting = false;
    }
  }

  /**
   * Writes appends in one statement. If it fails, each document's rows are tried on their own, so
   * that one document's bad row (its section just removed) fails only that document.
   */
  private async writeTogether(appends: WaitingAppend[]): Promise<void> {
    if (appends.length > 1) {
      const shared = await this.insert(
        appends.flatMap((a) => a.rows),
        false,
      );
      if (!shared) {
        for (const append of appends) append.done();
        return;
      }
    }
    await Promise.all(
      appends.map(async (append) => {
        const error = await this.insert(append.rows, true);
        if (error) append.failed(error);
        else append.done();
      }),
    );
  }

  /** One INSERT of `rows`; answers the error instead of throwing it (counted when a document's own write failed). */
  private async insert(rows: WaitingAppend['rows'], counted: boolean): Promise<Error | null> {
    const timer = this.metrics.storeWriteSeconds.startTimer();
    try {
      // A plain statement: Prisma's createMany spends about 1.6 ms of CPU planning each call, four
      // times this one, and the update log is the server's most frequent write.
      const values = rows.map((r) => Prisma.sql`(${r.sectionId}::uuid, ${r.update}, ${r.userId}::uuid)`);
      await this.prisma.client
        .$executeRaw`INSERT INTO "SectionUpdate" ("sectionId", "update", "userId") VALUES ${Prisma.join(values)}`;
      return null;
    } catch (err) {
      if (counted) this.metrics.storeWriteFailures.inc();
      return err instanceof Error ? err : new Error(String(err));
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
