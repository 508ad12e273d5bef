import { Logger } from '@nestjs/common';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { awarenessMessage, updateMessage } from './protocol';
import type { DocStore, PendingUpdate } from './doc-store';
import { RELAY } from '../cluster/doc-relay';

/** Where a live document's own changes go to reach other instances (set when Redis is on). */
export interface DocRelayPort {
  publishUpdate(update: Uint8Array): void;
  publishAwareness(update: Uint8Array): void;
}

/** What a live document needs from a socket. */
export interface DocPeer {
  readonly userId: string;
  readonly clientIds: Set<number>;
  send(message: Uint8Array): void;
}

/** How a live document writes: the log's compaction threshold and the timings of its writes. */
export interface LiveDocTiming {
  compactAfter: number;
  /** Updates arriving within this window are written together (one row per author); 0 writes at once. */
  writeDelayMs?: number;
  /** With a relay: how long after a relayed change to check the store has it (0 or absent: never). */
  reconcileAfterMs?: number;
}

export interface LiveDocHooks {
  /** Called after a batch is durable, with the highest stored clock per Yjs client. */
  onSaved(sectionId: string, clocks: Record<string, number>): void;
}

/** Updates up to this size are decoded for their clocks (see updateClocks). */
export const DECODE_CLOCKS_MAX_BYTES = 4096;

/**
 * The clock each client reaches with a transaction's update, for the clients it advanced (what
 * `Y.parseUpdateMeta(update).to` reads). Decoding costs about 3 µs for a keystroke but milliseconds
 * for a large update (a client's offline work: 6 ms for 1.5 MB), which would stall the socket
 * thread; comparing the transaction's state before and after costs the number of clients the
 * document has ever seen (29 µs at 2,000). Each is used where it is cheap.
 */
export function updateClocks(update: Uint8Array, tr: Y.Transaction): Map<number, number> {
  if (update.length <= DECODE_CLOCKS_MAX_BYTES) return Y.parseUpdateMeta(update).to;
  const to = new Map<number, number>();
  for (const [client, clock] of tr.afterState) if (clock > (tr.beforeState.get(client) ?? 0)) to.set(client, clock);
  return to;
}

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;

/**
 * One section's document in memory: the Y.Doc, its awareness, the sockets on it, and the queue of
 * updates on their way to the database. An update is broadcast and queued in the same tick; the
 * queue is written in small batches, and a failed write is retried, never dropped.
 */
export class LiveDoc {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly peers = new Set<DocPeer>();
  private queue: (PendingUpdate & { clocks: Map<number, number>; queuedAt: number })[] = [];
  private writing: Promise<void> | null = null;
  private retryMs = RETRY_MIN_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private logLength = 0;
  private readonly logger = new Logger('LiveDoc');
  private readonly callerStored = new Set<unknown>();
  private reconcileTimer: NodeJS.Timeout | null = null;
  private writeTimer: NodeJS.Timeout | null = null;
  /** Set while the last write failed: what is in memory is not yet stored. */
  unsaved = false;
  relay: DocRelayPort | null = null;

  constructor(
    readonly sectionId: string,
    private readonly store: DocStore,
    private readonly hooks: LiveDocHooks,
    private readonly timing: LiveDocTiming,
  ) {
    // The server's own awareness state stays empty: only people appear in presence.
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onUpdate);
    this.awareness.on('update', this.onAwareness);
  }

  async load(): Promise<void> {
    const { logLength } = await this.store.load(this.sectionId, this.doc);
    this.logLength = logLength;
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown, _doc: Y.Doc, tr: Y.Transaction): void => {
    if (origin === 'load') return;
    const from = origin as DocPeer | null;
    const message = updateMessage(update);
    for (const peer of this.peers) if (peer !== from) peer.send(message);
    // Another instance's change: its instance stores it; here it is only passed on to our sockets.
    if (origin === RELAY) return this.noteRelayed();
    this.relay?.publishUpdate(update);
    // A change whose author stores it in their own database transaction (see changeStoredByCaller).
    if (this.callerStored.has(origin)) return;
    this.enqueue(update, from && this.peers.has(from) ? from.userId : null, updateClocks(update, tr));
  };

  /** `clocks`: the clock each Yjs client reaches with this update, when known (else read from it). */
  private enqueue(update: Uint8Array, userId: string | null, clocks?: Map<number, number>): void {
    this.queue.push({ update, userId, clocks: clocks ?? Y.parseUpdateMeta(update).to, queuedAt: Date.now() });
    this.scheduleWrite();
  }

  /**
   * A server-side change whose storage the caller owns. `change` runs in one Yjs transaction under
   * `origin`; the update is broadcast at once like any other but not queued here: it is returned so
   * the caller writes it in its own database transaction, together with the decision that made it
   * (a crash can then never keep one without the other). Returns null when nothing changed.
   */
  changeStoredByCaller(origin: object, change: (doc: Y.Doc) => void): Uint8Array | null {
    let captured: Uint8Array | null = null;
    const capture = (update: Uint8Array, o: unknown): void => {
      if (o === origin) captured = update;
    };
    this.callerStored.add(origin);
    this.doc.on('update', capture);
    try {
      this.doc.transact(() => change(this.doc), origin);
    } finally {
      this.doc.off('update', capture);
      this.callerStored.delete(origin);
    }
    return captured;
  }

  /**
   * Hands back a change made with changeStoredByCaller whose transaction failed: it is stored through
   * the queue like any update, so the log keeps holding what clients were sent (a revert follows it).
   */
  storeLater(update: Uint8Array, userId: string | null): void {
    this.enqueue(update, userId);
  }

  private readonly onAwareness = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const clients = [...change.added, ...change.updated, ...change.removed];
    if (clients.length === 0) return;
    const message = awarenessMessage(this.awareness, clients);
    for (const peer of this.peers) peer.send(message);
    if (origin !== RELAY && this.relay)
      this.relay.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  };

  /**
   * Writes come in short windows: a team typing together sends dozens of updates a second, and one
   * insert per window (instead of one per keystroke) keeps the database off the hot path.
   */
  private scheduleWrite(): void {
    if (this.writing || this.retryTimer) return;
    const delay = this.timing.writeDelayMs ?? 0;
    const wait = new Promise<void>((resolve) => {
      if (delay > 0) this.writeTimer = setTimeout(resolve, delay);
      else setImmediate(resolve);
    });
    this.writing = wait.then(() => this.writeQueued());
  }

  private async writeQueued(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.slice(0, 200);
        let rows: number;
        try {
          rows = await this.store.append(this.sectionId, batch);
        } catch (err) {
          this.unsaved = true;
          this.logger.error(
            `Could not store updates of ${this.sectionId}; retrying in ${this.retryMs} ms: ${(err as Error).message}`,
          );
          this.retryTimer = setTimeout(() => {
            this.retryTimer = null;
            this.scheduleWrite();
          }, this.retryMs);
          this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
          return;
        }
        this.queue.splice(0, batch.length);
        this.unsaved = false;
        this.retryMs = RETRY_MIN_MS;
        this.logLength += rows;
        const clocks: Record<string, number> = {};
        for (const item of batch) {
          for (const [client, clock] of item.clocks)
            clocks[String(client)] = Math.max(clocks[String(client)] ?? 0, clock);
        }
        this.hooks.onSaved(this.sectionId, clocks);
      }
      if (this.logLength >= this.timing.compactAfter) await this.compact();
    } finally {
      this.writing = null;
      if (this.queue.length > 0 && !this.retryTimer) this.scheduleWrite();
    }
  }

  /** Resolves when everything queued so far is stored (or the store keeps failing). */
  async flush(): Promise<void> {
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.scheduleWrite();
    }
    while (this.writing) await this.writing;
    if (this.queue.length > 0) throw new Error(`Updates of ${this.sectionId} are not stored`);
  }

  async compact(): Promise<void> {
    try {
      await this.store.compact(this.sectionId);
      this.logLength = 0;
    } catch (err) {
      this.logger.warn(`Compaction of ${this.sectionId} failed (the log is kept): ${(err as Error).message}`);
    }
  }

  /**
   * A relayed change is stored by the instance whose client made it; if that instance dies first,
   * the change would live only in memory here. So, a while after relayed changes, whatever this
   * copy holds that the store lacks is written: built from this document, never the relayed bytes.
   */
  private noteRelayed(): void {
    const after = this.timing.reconcileAfterMs ?? 0;
    if (after <= 0 || this.reconcileTimer) return;
    this.reconcileTimer = setTimeout(() => {
      this.reconcileTimer = null;
      void this.reconcile();
    }, after);
    this.reconcileTimer.unref();
  }

  /** Stores what only memory holds (see noteRelayed); returns the bytes queued, 0 when the store had it all. */
  async reconcile(): Promise<number> {
    if (this.queue.length > 0 || this.writing) {
      // Our own writes first; what they leave missing is checked next time.
      this.noteRelayed();
      return 0;
    }
    const stored = new Y.Doc({ gc: true });
    try {
      await this.store.load(this.sectionId, stored);
      const missing = Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(stored));
      let adds = false;
      stored.on('update', () => (adds = true));
      Y.applyUpdate(stored, missing);
      if (!adds) return 0;
      this.enqueue(missing, null);
      return missing.length;
    } catch (err) {
      this.logger.warn(`Could not check ${this.sectionId} against the store: ${(err as Error).message}`);
      this.noteRelayed();
      return 0;
    } finally {
      stored.destroy();
    }
  }

  /** Runs a pending reconcile now (before the document leaves memory). */
  async reconcileIfPending(): Promise<void> {
    if (!this.reconcileTimer) return;
    clearTimeout(this.reconcileTimer);
    this.reconcileTimer = null;
    await this.reconcile();
  }

  /** The stored clock of every Yjs client, when nothing is waiting to be written. */
  durableClocks(): Record<string, number> | undefined {
    if (this.queue.length > 0 || this.writing) return undefined;
    const clocks: Record<string, number> = {};
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(this.doc))) clocks[String(client)] = clock;
    return clocks;
  }

  get pendingCount(): number {
    return this.queue.length;
  }

  /** When the oldest update not yet stored was queued (ms since epoch), or null when none waits. */
  get oldestPendingAt(): number | null {
    return this.queue[0]?.queuedAt ?? null;
  }

  destroy(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.reconcileTimer) clearTimeout(this.reconcileTimer);
    // A write still waiting for its window never starts once the document is gone.
    if (this.writeTimer) clearTimeout(this.writeTimer);
    this.doc.off('update', this.onUpdate);
    this.awareness.off('update', this.onAwareness);
    this.awareness.destroy();
    this.doc.destroy();
  }
}
