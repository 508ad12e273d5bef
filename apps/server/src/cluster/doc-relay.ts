import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { LiveDoc } from '../collab/live-doc';
import type { ClusterBus } from './cluster-bus';

/** The origin of changes that came from another instance: broadcast here, stored by their instance. */
export const RELAY = Symbol('relay');

const enum Kind {
  Update = 0,
  Awareness = 1,
  /** "Here is my state vector; send me what I lack" (the receiver also asks back). */
  SyncRequest = 2,
  /** The answer's own state vector: "and send me what I lack", without asking back again. */
  SyncReply = 3,
  /** What the addressee lacked. */
  Diff = 4,
}

const HEADER = 17;
const NOBODY = Buffer.alloc(8);

export const docChannel = (sectionId: string): string => `iep:doc:{${sectionId}}`;

/**
 * Relays one live document between instances over Redis: every update and awareness change made
 * here is published; those published elsewhere are applied with the RELAY origin. On load (and when
 * Redis comes back) instances exchange state vectors and send each other what the other lacks, so
 * nothing published while one was away or loading stays missing.
 */
export class DocRelay {
  private readonly channel: string;
  private buffered: Buffer[] | null = [];

  constructor(
    private readonly bus: ClusterBus,
    private readonly live: LiveDoc,
  ) {
    this.channel = docChannel(live.sectionId);
  }

  /** Subscribes before the document loads; what arrives meanwhile is applied after. */
  async start(): Promise<void> {
    await this.bus.subscribe(this.channel, this.onMessage);
  }

  /** Called once the stored state is loaded. */
  ready(): void {
    const waiting = this.buffered ?? [];
    this.buffered = null;
    for (const message of waiting) this.handle(message);
    this.requestSync();
  }

  requestSync(): void {
    this.send(Kind.SyncRequest, NOBODY, Y.encodeStateVector(this.live.doc));
  }

  publishUpdate(update: Uint8Array): void {
    this.send(Kind.Update, NOBODY, update);
  }

  publishAwareness(update: Uint8Array): void {
    this.send(Kind.Awareness, NOBODY, update);
  }

  async stop(): Promise<void> {
    await this.bus.unsubscribe(this.channel, this.onMessage);
  }

  private send(kind: Kind, to: Buffer, payload: Uint8Array): void {
    this.bus.publish(this.channel, Buffer.concat([Buffer.from([kind]), this.bus.instanceId, to, payload]));
  }

  private readonly onMessage = (message: Buffer): void => {
    if (this.buffered) this.buffered.push(message);
    else this.handle(message);
  };

  private handle(message: Buffer): void {
    if (message.length < HEADER) return;
    const from = message.subarray(1, 9);
    if (from.equals(this.bus.instanceId)) return;
    const to = message.subarray(9, 17);
    if (!to.equals(NOBODY) && !to.equals(this.bus.instanceId)) return;
    const payload = new Uint8Array(message.subarray(HEADER));
    const doc = this.live.doc;
    try {
      switch (message[0]) {
        case Kind.Update:
        case Kind.Diff:
          Y.applyUpdate(doc, payload, RELAY);
          return;
        case Kind.Awareness:
          awarenessProtocol.applyAwarenessUpdate(this.live.awareness, payload, RELAY);
          return;
        case Kind.SyncRequest:
          this.send(Kind.Diff, Buffer.from(from), Y.encodeStateAsUpdate(doc, payload));
          this.send(Kind.SyncReply, Buffer.from(from), Y.encodeStateVector(doc));
          this.sendPresence(Buffer.from(from));
          return;
        case Kind.SyncReply:
          this.send(Kind.Diff, Buffer.from(from), Y.encodeStateAsUpdate(doc, payload));
          return;
        default:
          return;
      }
    } catch {
      // Instances only relay what their guards accepted; a message that does not decode is dropped.
    }
  }

  /** Presence of the people on this instance, for an instance that just joined the document. */
  private sendPresence(to: Buffer): void {
    const clients = [...this.live.awareness.getStates().keys()];
    if (clients.length > 0)
      this.send(Kind.Awareness, to, awarenessProtocol.encodeAwarenessUpdate(this.live.awareness, clients));
  }
}
