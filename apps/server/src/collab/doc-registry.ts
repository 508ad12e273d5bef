import { Inject, Injectable, Logger } from '@nestjs/common';
import * as Y from 'yjs';
import { sectionDocToJson, type SectionContent } from '@iep/shared';
import { APP_CONFIG, type AppConfig } from '../config';
import { ClusterBus } from '../cluster/cluster-bus';
import { DocRelay } from '../cluster/doc-relay';
import { DocStore } from './doc-store';
import { assertOutsideTransaction } from '../db/tx';
import { LiveDoc } from './live-doc';

interface Entry {
  ready: Promise<LiveDoc>;
  /** Set once loaded, for the write-queue figures. */
  live?: LiveDoc;
  relay: DocRelay | null;
  refs: number;
  idle: NodeJS.Timeout | null;
  closing: Promise<void> | null;
}

export type SavedListener = (sectionId: string, clocks: Record<string, number>) => void;

/** The registries of this process (one per app), for the count of documents in memory. */
const registries = new Set<DocRegistry>();

/** Documents held in memory by every app in this process (read by the benchmark's probe). */
export function documentsInMemory(): number {
  let n = 0;
  for (const r of registries) n += r.loadedCount;
  return n;
}

/**
 * The documents in memory. A document is loaded once for all its sockets, and leaves memory
 * (stored and compacted) a while after the last socket closes.
 */
@Injectable()
export class DocRegistry {
  private readonly logger = new Logger(DocRegistry.name);
  private readonly entries = new Map<string, Entry>();
  private readonly savedListeners: SavedListener[] = [];

  constructor(
    private readonly store: DocStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly bus: ClusterBus,
  ) {
    registries.add(this);
    // After a Redis outage, every document here trades state vectors with the other instances.
    bus.onReconnect(() => {
      for (const entry of this.entries.values())
        if (!entry.closing) void entry.ready.then(() => entry.relay?.requestSync()).catch(() => undefined);
    });
  }

  onSaved(listener: SavedListener): void {
    this.savedListeners.push(listener);
  }

  get loadedCount(): number {
    return this.entries.size;
  }

  /** Whether the section's document is in memory (loading, live or being unloaded). */
  isLoaded(sectionId: string): boolean {
    return this.entries.has(sectionId);
  }

  /** Updates waiting to be stored, over every document in memory, and the age of the oldest (for metrics). */
  writeQueue(now = Date.now()): { length: number; oldestAgeMs: number } {
    let length = 0;
    let oldest = now;
    for (const { live } of this.entries.values()) {
      if (!live) continue;
      length += live.pendingCount;
      oldest = Math.min(oldest, live.oldestPendingAt ?? now);
    }
    return { length, oldestAgeMs: now - oldest };
  }

  /** The live document, loaded from the store if needed. A failed load leaves nothing behind. */
  async acquire(sectionId: string): Promise<LiveDoc> {
    let entry = this.entries.get(sectionId);
    while (entry?.closing) {
      await entry.closing;
      entry = this.entries.get(sectionId);
    }
    if (!entry) {
      assertOutsideTransaction('The section document is loaded');
      entry = this.load(sectionId);
    }
    entry.refs++;
    if (entry.idle) {
      clearTimeout(entry.idle);
      entry.idle = null;
    }
    try {
      return await entry.ready;
    } catch (err) {
      entry.refs--;
      throw err;
    }
  }

  release(sectionId: string): void {
    const entry = this.entries.get(sectionId);
    if (!entry) return;
    entry.refs = Math.max(0, entry.refs - 1);
    if (entry.refs > 0 || entry.closing) return;
    entry.idle = setTimeout(() => void this.unload(sectionId, entry), this.config.docIdleMs);
    entry.idle.unref();
  }

  /** Durable clocks of a document in memory (see LiveDoc.durableClocks); undefined when not loaded. */
  async durableClocks(sectionId: string): Promise<Record<string, number> | undefined> {
    const entry = this.entries.get(sectionId);
    if (!entry || entry.closing) return undefined;
    return (await entry.ready).durableClocks();
  }

  /** Reads the section's document: from memory when it is open, else straight from the store. */
  async read<T>(sectionId: string, reader: (doc: Y.Doc) => T): Promise<T> {
    const entry = this.entries.get(sectionId);
    if (entry && !entry.closing) return reader((await entry.ready).doc);
    assertOutsideTransaction('The section document is loaded');
    const doc = new Y.Doc();
    try {
      await this.store.load(sectionId, doc);
      return reader(doc);
    } finally {
      doc.destroy();
    }
  }

  /** The rich-text fragments as JSON. */
  readJson(sectionId: string): Promise<SectionContent> {
    return this.read(sectionId, sectionDocToJson);
  }

  /** Stores everything in memory and empties the registry: for shutdown. */
  async closeAll(): Promise<void> {
    registries.delete(this);
    await Promise.all([...this.entries.entries()].map(([id, entry]) => this.unload(id, entry, true)));
  }

  private load(sectionId: string): Entry {
    const live = new LiveDoc(
      sectionId,
      this.store,
      { onSaved: (id, clocks) => this.savedListeners.forEach((l) => l(id, clocks)) },
      {
        compactAfter: this.config.compactAfterUpdates,
        writeDelayMs: this.config.docWriteDelayMs,
        reconcileAfterMs: this.bus.enabled ? this.config.relayReconcileMs : 0,
      },
    );
    const relay = this.bus.enabled ? new DocRelay(this.bus, live) : null;
    const ready = (async () => {
      // Subscribe before loading so that nothing published meanwhile is missed.
      await relay?.start();
      await live.load();
      if (relay) {
        live.relay = relay;
        relay.ready();
      }
      return live;
    })();
    const entry: Entry = { ready, relay, refs: 0, idle: null, closing: null };
    void ready.then(
      (live) => (entry.live = live),
      () => undefined,
    );
    entry.ready.catch((err: Error) => {
      this.logger.error(`Could not load section ${sectionId}: ${err.message}`);
      if (this.entries.get(sectionId) === entry) this.entries.delete(sectionId);
      void relay?.stop();
      live.destroy();
    });
    this.entries.set(sectionId, entry);
    return entry;
  }

  private unload(sectionId: string, entry: Entry, force = false): Promise<void> {
    // An idle unload under way may keep the document (its writes failing); shutdown then forces it.
    if (entry.closing) {
      if (!force) return entry.closing;
      return entry.closing.then(() =>
        this.entries.get(sectionId) === entry ? this.unload(sectionId, entry, true) : undefined,
      );
    }
    if (entry.refs > 0 && !force) return Promise.resolve();
    if (entry.idle) clearTimeout(entry.idle);
    entry.idle = null;
    entry.closing = (async () => {
      let live: LiveDoc;
      try {
        live = await entry.ready;
      } catch {
        return;
      }
      try {
        await live.reconcileIfPending();
        await live.flush();
      } catch (err) {
        if (!force) {
          // Not stored yet: keep it in memory and try again later rather than lose edits.
          this.logger.warn(`Keeping ${sectionId} in memory: ${(err as Error).message}`);
          entry.closing = null;
          this.release(sectionId);
          return;
        }
        this.logger.error(`Shutting down with unstored updates of ${sectionId}: ${(err as Error).message}`);
      }
      await live.compact();
      await entry.relay?.stop();
      live.destroy();
      if (this.entries.get(sectionId) === entry) this.entries.delete(sectionId);
    })();
    return entry.closing;
  }
}
