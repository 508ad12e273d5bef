import * as Y from 'yjs';
import type { Histogram } from '../histogram';

/** One clock for every process on the machine (CLOCK_MONOTONIC), in ms. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** A client as the delivery accounting sees it. */
export interface Member {
  /** The Yjs client id of its own edits (-1 for viewers, which never edit). */
  clientId: number;
  /** Per sender: the clock up to which this member has seen that sender's edits. */
  seenTo: Map<number, number>;
}

interface Sent {
  clocks: number[];
  t0: number[];
}

interface Receipt {
  client: number;
  lo: number;
  to: number;
  at: number;
}

function lowerBound(values: number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The clients of one document in this process. An edit is identified by its Yjs client id and
 * clock; its send time is taken on the machine-wide monotonic clock, so peers in other processes can
 * be matched to it. Receipts wait until the run's send table is installed (after the typing), then
 * each keystroke counts once per member.
 */
export class DocGroup {
  readonly members = new Set<Member>();
  /** Sends made here: [client, clock, t0] triples, flattened. */
  localSends: number[] = [];
  private sent = new Map<number, Sent>();
  private pending: Receipt[] = [];
  private installed = false;
  expected = 0;
  received = 0;
  keystrokes = 0;

  constructor(
    readonly name: string,
    /** Where latencies go; the worker swaps in a fresh one for each phase. */
    public hist: Histogram,
  ) {}

  /** Called just before an editor applies a keystroke at `clock`. */
  recordSend(clientId: number, clock: number, t0: number): void {
    this.localSends.push(clientId, clock, t0);
    this.keystrokes += 1;
  }

  /** An update reached `member` at `at`: what it holds of each sender, beyond what it had seen. */
  delivered(member: Member, update: Uint8Array, at: number): void {
    const meta = Y.parseUpdateMeta(update);
    for (const [client, to] of meta.to) {
      if (client === member.clientId) continue;
      const lo = Math.max(meta.from.get(client) ?? 0, member.seenTo.get(client) ?? 0);
      if (to <= lo) continue;
      member.seenTo.set(client, to);
      const receipt = { client, lo, to, at };
      if (this.installed) this.match(receipt);
      else this.pending.push(receipt);
    }
  }

  private match(r: Receipt): void {
    const sent = this.sent.get(r.client);
    if (!sent) return;
    for (let i = lowerBound(sent.clocks, r.lo); i < sent.clocks.length && (sent.clocks[i] ?? r.to) < r.to; i++) {
      this.hist.record(r.at - (sent.t0[i] ?? r.at));
      this.received += 1;
    }
  }

  /** Installs every send of the document (from all processes) and matches what arrived so far. */
  install(table: number[]): void {
    const entries: { client: number; clock: number; t0: number }[] = [];
    for (let i = 0; i + 2 < table.length; i += 3)
      entries.push({ client: table[i] ?? 0, clock: table[i + 1] ?? 0, t0: table[i + 2] ?? 0 });
    entries.sort((a, b) => a.client - b.client || a.clock - b.clock);
    this.sent = new Map();
    const local = new Set([...this.members].map((m) => m.clientId));
    for (const e of entries) {
      const s = this.sent.get(e.client) ?? { clocks: [], t0: [] };
      this.sent.set(e.client, s);
      s.clocks.push(e.clock);
      s.t0.push(e.t0);
      // Every member here but the author (when the author is here) should see it.
      this.expected += this.members.size - (local.has(e.client) ? 1 : 0);
    }
    this.installed = true;
    for (const r of this.pending.splice(0)) this.match(r);
  }

  /** Forgets a phase's sends and receipts, keeping what members have seen. */
  resetCounters(): void {
    this.localSends = [];
    this.sent = new Map();
    this.pending = [];
    this.installed = false;
    this.expected = 0;
    this.received = 0;
    this.keystrokes = 0;
  }
}
