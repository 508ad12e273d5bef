import * as Y from 'yjs';
import { Histogram } from '../histogram';

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
 * The clients of one document, all in this process, so an edit's send time and every peer's
 * receive time are read from one clock. An edit is identified by its Yjs client id and clock.
 */
export class DocGroup {
  readonly members = new Set<Member>();
  private readonly sent = new Map<number, Sent>();
  expected = 0;
  received = 0;
  keystrokes = 0;

  constructor(
    readonly name: string,
    /** Where latencies go; the worker swaps in a fresh one for each phase. */
    public hist: Histogram,
  ) {}

  /** Called just before an editor applies a keystroke at `clock`; every other member should see it. */
  recordSend(clientId: number, clock: number, t0: number): void {
    const entry = this.sent.get(clientId) ?? { clocks: [], t0: [] };
    this.sent.set(clientId, entry);
    entry.clocks.push(clock);
    entry.t0.push(t0);
    this.keystrokes += 1;
    this.expected += this.members.size - 1;
  }

  /** An update reached `member` at `now`: count each keystroke in it once per member. */
  delivered(member: Member, update: Uint8Array, now: number): void {
    const meta = Y.parseUpdateMeta(update);
    for (const [client, to] of meta.to) {
      if (client === member.clientId) continue;
      const lo = Math.max(meta.from.get(client) ?? 0, member.seenTo.get(client) ?? 0);
      if (to <= lo) continue;
      member.seenTo.set(client, to);
      const sent = this.sent.get(client);
      if (!sent) continue;
      for (let i = lowerBound(sent.clocks, lo); i < sent.clocks.length && (sent.clocks[i] ?? to) < to; i++) {
        this.hist.record(now - (sent.t0[i] ?? now));
        this.received += 1;
      }
    }
  }

  /** Forgets what was sent (after a phase), keeping what members have seen. */
  resetCounters(): void {
    this.sent.clear();
    this.expected = 0;
    this.received = 0;
    this.keystrokes = 0;
  }
}
