import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import { PendingLedger } from './pendingLedger';

const LEDGER_KEY = 'iep-ledger';
/** Edits closer together than this count as one change (a word typed is one change, not five). */
const GROUP_MS = 1_500;

/**
 * The section's document as this device keeps it (y-indexeddb, one database per person and
 * section), and the ledger of changes only this device holds. Without a name (offline storage
 * off) nothing is stored: the ledger lives in memory, and the tab is the only copy.
 */
export class DeviceCopy {
  readonly kept: boolean;
  private persistence: IndexeddbPersistence | null = null;
  private ledgerValue = new PendingLedger();
  private writesInFlight = 0;
  private lastLocalAt = 0;
  private loadedValue: boolean;
  private destroyed = false;
  private resolveLoaded: () => void = () => undefined;
  /** Resolves once the stored copy (if any) and its ledger have been read. */
  readonly whenLoaded = new Promise<void>((resolve) => {
    this.resolveLoaded = resolve;
  });

  constructor(
    name: string | null,
    doc: Y.Doc,
    private readonly onChange: () => void,
  ) {
    this.kept = name !== null;
    this.loadedValue = name === null;
    if (name === null) {
      this.resolveLoaded();
      return;
    }
    try {
      const persistence = new IndexeddbPersistence(name, doc);
      this.persistence = persistence;
      void persistence.whenSynced
        .then(() => persistence.get(LEDGER_KEY))
        .then((raw: unknown) => {
          if (this.destroyed) return;
          // Changes made before the stored ledger was read are folded into it.
          const stored = PendingLedger.parse(raw);
          this.ledgerValue = stored.merge(this.ledgerValue);
          this.finishLoad();
        })
        .catch(() => this.finishLoad());
    } catch {
      this.persistence = null;
      this.finishLoad();
    }
  }

  /** The stored copy (if any) has been read into the document. */
  get loaded(): boolean {
    return this.loadedValue;
  }

  /** Every change is written to the device (false while a write is under way, or nothing is kept). */
  get stored(): boolean {
    return this.persistence !== null && this.writesInFlight === 0;
  }

  get ledger(): PendingLedger {
    return this.ledgerValue;
  }

  /** A local change; one made within GROUP_MS of the previous one extends it (typing in one go). */
  recordLocal(client: number, clock: number, writable: Iterable<string>): void {
    const now = Date.now();
    this.ledgerValue.record(client, clock, writable, now - this.lastLocalAt < GROUP_MS);
    this.lastLocalAt = now;
    this.persistLedger();
  }

  markSaved(clocks: Record<string, number>): boolean {
    const changed = this.ledgerValue.markSaved(clocks);
    if (changed) this.persistLedger();
    return changed;
  }

  /** Deletes the device's copy of the document (its changes were handed to the person instead). */
  async discard(): Promise<void> {
    this.ledgerValue.clear();
    const persistence = this.persistence;
    this.persistence = null;
    this.destroyed = true;
    if (persistence !== null) await persistence.clearData().catch(() => undefined);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    void this.persistence?.destroy();
    this.persistence = null;
  }

  private finishLoad(): void {
    if (this.loadedValue) return;
    this.loadedValue = true;
    this.resolveLoaded();
    this.persistLedger();
  }

  private persistLedger(): void {
    const persistence = this.persistence;
    if (persistence === null || this.destroyed) return;
    this.writesInFlight++;
    this.onChange();
    void persistence
      .set(LEDGER_KEY, this.ledgerValue.serialize())
      .catch(() => undefined)
      .finally(() => {
        this.writesInFlight--;
        if (!this.destroyed) this.onChange();
      });
  }
}
