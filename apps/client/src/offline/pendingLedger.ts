/** One local change: the device's Yjs client and its clock once the change was made. */
export interface LocalChange {
  client: number;
  clock: number;
}

/** What the ledger keeps on the device next to the document (y-indexeddb's custom store). */
export interface LedgerState {
  changes: LocalChange[];
  /** The highest clock per client the server reported stored. */
  saved: Record<string, number>;
  /** The parts the person could write when the changes were made (their cached abilities). */
  writable: string[];
}

const EMPTY: LedgerState = { changes: [], saved: {}, writable: [] };

/**
 * Counts the changes only this device holds: every local edit (one Yjs transaction of this
 * device's clients) until the server reports its clock stored. Survives reloads (the state is kept
 * with the document), so a change made offline before a reload is still counted after it.
 */
export class PendingLedger {
  private state: LedgerState;

  constructor(state: LedgerState = EMPTY) {
    this.state = { changes: [...state.changes], saved: { ...state.saved }, writable: [...state.writable] };
    this.prune();
  }

  static parse(raw: unknown): PendingLedger {
    if (typeof raw !== 'string') return new PendingLedger();
    try {
      const value: unknown = JSON.parse(raw);
      if (!isLedgerState(value)) return new PendingLedger();
      return new PendingLedger(value);
    } catch {
      return new PendingLedger();
    }
  }

  serialize(): string {
    return JSON.stringify(this.state);
  }

  /** How many changes are not known to be on the server. */
  get count(): number {
    return this.state.changes.length;
  }

  get writable(): readonly string[] {
    return this.state.writable;
  }

  /**
   * A local change reached `clock` for `client`, made with the right to write `writable`. With
   * `continues`, it extends the last change (keystrokes typed in one go count as one change).
   */
  record(client: number, clock: number, writable: Iterable<string>, continues = false): void {
    const last = this.state.changes.at(-1);
    if (continues && last !== undefined && last.client === client) last.clock = Math.max(last.clock, clock);
    else this.state.changes.push({ client, clock });
    this.state.writable = [...new Set([...this.state.writable, ...writable])].sort();
  }

  /** Folds in the server's stored clocks; true when that changed the count. */
  markSaved(clocks: Record<string, number>): boolean {
    for (const [client, clock] of Object.entries(clocks)) {
      if (Number.isFinite(clock) && clock > (this.state.saved[client] ?? 0)) this.state.saved[client] = clock;
    }
    return this.prune();
  }

  /** This ledger with the changes and stored clocks of `other` added. */
  merge(other: PendingLedger): PendingLedger {
    const merged = new PendingLedger({
      changes: [...this.state.changes, ...other.state.changes],
      saved: { ...this.state.saved },
      writable: [...new Set([...this.state.writable, ...other.state.writable])].sort(),
    });
    merged.markSaved(other.state.saved);
    return merged;
  }

  /** Forgets every change (their text was handed to the person instead). */
  clear(): void {
    this.state = { changes: [], saved: this.state.saved, writable: [] };
  }

  /** True when `now` (the parts writable at present) lacks a part the changes were made under. */
  lostRights(now: ReadonlySet<string>): boolean {
    return this.count > 0 && this.state.writable.some((part) => !now.has(part));
  }

  private prune(): boolean {
    const before = this.state.changes.length;
    this.state.changes = this.state.changes.filter(
      (change) => change.clock > (this.state.saved[String(change.client)] ?? 0),
    );
    if (this.state.changes.length === 0) this.state.writable = [];
    return this.state.changes.length !== before;
  }
}

function isLedgerState(value: unknown): value is LedgerState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.changes) &&
    v.changes.every(
      (c: unknown) =>
        typeof c === 'object' &&
        c !== null &&
        typeof (c as Record<string, unknown>).client === 'number' &&
        typeof (c as Record<string, unknown>).clock === 'number',
    ) &&
    typeof v.saved === 'object' &&
    v.saved !== null &&
    Object.values(v.saved).every((n) => typeof n === 'number') &&
    Array.isArray(v.writable) &&
    v.writable.every((p: unknown) => typeof p === 'string')
  );
}
