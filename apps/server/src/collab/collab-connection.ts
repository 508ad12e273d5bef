import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { CollabCloseCode, suggestionPartKind, type PresenceUser } from '@iep/shared';
import { stampAwarenessUpdate } from './awareness-identity';
import { touchedParts } from './touched-parts';
import { updateProblem } from './update-guard';
import { setsSuggestionMarks, suggestionProblem } from './suggestion-guard';
import type { WriteBatch } from './write-batch';
import type { DocPeer, LiveDoc } from './live-doc';
import { awarenessMessage, MessageType, syncStep1Message, syncStep2Message } from './protocol';

const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;
/** A socket that cannot keep up with this much unsent data is closed rather than buffered forever. */
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

export class ProtocolError extends Error {}

/** What one socket may write: parts outright, everything, and parts where it may only suggest. */
export interface SocketRights {
  /** The parts of the section this person may write: everything for staff, two parts for parents. */
  parts: ReadonlySet<string>;
  all: boolean;
  /** Every rich-text part this person may suggest in (suggestion marks are refused elsewhere). */
  suggest: ReadonlySet<string>;
  /** The parts where only suggestions are taken (suggestion-guard). */
  suggestOnly: ReadonlySet<string>;
}

/** One socket on one live document, speaking the y-websocket protocol. */
export class CollabConnection implements DocPeer {
  readonly clientIds = new Set<number>();
  readonly openedAt = Date.now();
  refusedUpdates = 0;
  alive = true;

  constructor(
    private readonly ws: WebSocket,
    readonly live: LiveDoc,
    private person: PresenceUser,
    private rights: SocketRights,
    readonly sessionId: string,
    /** The socket under `ws` and the turn's write batch: what is sent in one turn leaves in one write. */
    private readonly out: { socket: Duplex; batch: WriteBatch },
  ) {}

  get editParts(): ReadonlySet<string> {
    return this.rights.parts;
  }

  get editAll(): boolean {
    return this.rights.all;
  }

  get suggestOnlyParts(): ReadonlySet<string> {
    return this.rights.suggestOnly;
  }

  /** What this socket may write changes with the workflow (a locked section takes nothing). */
  setPermissions(rights: SocketRights): void {
    this.rights = rights;
  }

  get userId(): string {
    return this.person.userId;
  }

  /** Who this socket is, as stamped on its awareness states; the role can change while it is open. */
  get identity(): PresenceUser {
    return this.person;
  }

  /** A new role on the team (changed by an administrator) applies from the next frame on. */
  setRole(role: PresenceUser['role']): void {
    this.person = { ...this.person, role };
  }

  start(): void {
    this.live.peers.add(this);
    this.send(syncStep1Message(this.live.doc));
    const states = [...this.live.awareness.getStates().keys()];
    if (states.length > 0) this.send(awarenessMessage(this.live.awareness, states));
  }

  send(message: Uint8Array): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.close(1013, 'too slow');
      return;
    }
    this.out.batch.hold(this.out.socket);
    this.ws.send(message, (err) => {
      if (err) this.ws.terminate();
    });
  }

  checkAlive(): void {
    if (!this.alive) {
      this.ws.terminate();
      return;
    }
    this.alive = false;
    this.ws.ping();
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) this.ws.close(code, reason);
  }

  /** Handles one frame. Anything malformed closes this socket only; nothing of it is applied. */
  handle(data: Uint8Array): void {
    try {
      this.dispatch(data);
    } catch (err) {
      this.close(CollabCloseCode.ProtocolError, err instanceof ProtocolError ? err.message : 'malformed message');
    }
  }

  private dispatch(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.Sync:
        return this.onSync(decoder);
      case MessageType.Awareness:
        return this.onAwareness(decoding.readVarUint8Array(decoder));
      case MessageType.QueryAwareness:
        return this.send(awarenessMessage(this.live.awareness, [...this.live.awareness.getStates().keys()]));
      default:
        throw new ProtocolError('unknown message type');
    }
  }

  private onSync(decoder: decoding.Decoder): void {
    const step = decoding.readVarUint(decoder);
    if (step === SYNC_STEP1) {
      // Answered for every role: read-only members still receive the document.
      this.send(syncStep2Message(this.live.doc, decoding.readVarUint8Array(decoder)));
      return;
    }
    if (step !== SYNC_STEP2 && step !== SYNC_UPDATE) throw new ProtocolError('unknown sync step');
    const update = decoding.readVarUint8Array(decoder);
    const { parts: editParts, all, suggest, suggestOnly } = this.rights;
    if (editParts.size === 0 && suggestOnly.size === 0) {
      this.refusedUpdates++;
      return;
    }
    // Decoded fully (and checked) before applying: a malformed tail would otherwise throw after
    // part of the update had been integrated.
    const problem = updateProblem(update);
    if (problem) throw new ProtocolError(`refused: ${problem}`.slice(0, 120));
    const marks = setsSuggestionMarks(update);
    if (!all || marks) {
      const parts = touchedParts(this.live.doc, update);
      // Rights are given per kind of part: a goal's description (`goals/<id>/description`) is written
      // with the goals and suggested in as `goals/*/description`.
      const kind = (part: string): string => suggestionPartKind(part) ?? part;
      const writable = (part: string): boolean => editParts.has(part) || editParts.has(part.split('/')[0] ?? part);
      // Suggestion marks are taken only where this person may suggest, and name only them (below).
      if (marks && (!parts || [...parts].some((part) => !suggest.has(kind(part)))))
        throw new ProtocolError('refused: suggestion marks outside the parts this person may suggest in');
      if (!all) {
        // Someone who may write only some parts (a parent) has an update that reaches elsewhere refused whole.
        if (!parts || [...parts].some((part) => !writable(part) && !suggestOnly.has(kind(part)))) {
          this.refusedUpdates++;
          return;
        }
        const suggested = [...parts].filter((part) => suggestOnly.has(kind(part)) && !writable(part));
        if (suggested.length > 0) {
          const why = suggestionProblem(this.live.doc, update, suggested, this.person);
          if (why) throw new ProtocolError(`refused suggestion: ${why}`.slice(0, 120));
        }
      }
    }
    Y.applyUpdate(this.live.doc, update, this);
  }

  private onAwareness(update: Uint8Array): void {
    const stamped = stampAwarenessUpdate(
      update,
      this.person,
      this,
      (id) => this.ownedElsewhere(id),
      (id) => this.live.awareness.meta.get(id)?.clock,
    );
    if (stamped) awarenessProtocol.applyAwarenessUpdate(this.live.awareness, stamped, this);
  }

  private ownedElsewhere(clientId: number): boolean {
    for (const peer of this.live.peers) if (peer !== this && peer.clientIds.has(clientId)) return true;
    return false;
  }

  /** Leaves the document: its presence goes with it. */
  dispose(): void {
    this.live.peers.delete(this);
    if (this.clientIds.size > 0)
      awarenessProtocol.removeAwarenessStates(this.live.awareness, [...this.clientIds], null);
  }
}
