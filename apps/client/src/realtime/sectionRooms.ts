import type { JoinAck } from '@iep/shared';
import type { RoomTransport } from './socket';

/** What a holder of a section room hears. */
export interface RoomListener {
  /**
   * A join finished: `ack` is the server's answer (null: none came). A holder that arrives while
   * the room is already joined hears the answer that joined it, at once.
   */
  onJoinSettled?: (ack: JoinAck | null) => void;
}

/** One holder's hold on a section room. */
export interface RoomLease {
  /** In the room now: its join was accepted and the socket has not dropped since. */
  readonly joined: boolean;
  /** Lets go (once; again is a no-op). The last holder's release leaves the room. */
  release(): void;
}

export interface SectionRoomsHooks {
  /** A room held across a reconnect was joined again: events sent meanwhile were missed. */
  onRejoined?: (sectionId: string) => void;
}

interface Room {
  readonly holders: Set<RoomListener>;
  joined: boolean;
  lastAck: JoinAck | null;
  /** Counts join attempts: only the latest one's answer counts. */
  attempt: number;
}

/**
 * The tab's section rooms on its one socket, reference-counted: the first holder of a section
 * joins its room, later holders share it, the last one to let go leaves it. Every held room is
 * joined again after each reconnect. The server's joins are idempotent, and a leave sent while a
 * join is still being checked wins there, so a quick let-go-and-take-again is safe too.
 */
export class SectionRooms {
  private readonly rooms = new Map<string, Room>();

  constructor(
    private readonly transport: RoomTransport,
    private readonly hooks: SectionRoomsHooks = {},
  ) {
    transport.onConnect(this.handleConnect);
    transport.onDisconnect(this.handleDisconnect);
  }

  /** The sections whose rooms are held now. */
  get sectionIds(): string[] {
    return [...this.rooms.keys()];
  }

  acquire(sectionId: string, listener: RoomListener = {}): RoomLease {
    const holder: RoomListener = { ...listener };
    let room = this.rooms.get(sectionId);
    if (room === undefined) {
      room = { holders: new Set([holder]), joined: false, lastAck: null, attempt: 0 };
      this.rooms.set(sectionId, room);
      if (this.transport.connected) this.join(sectionId, room, false);
    } else {
      room.holders.add(holder);
      if (room.joined) holder.onJoinSettled?.(room.lastAck);
    }
    const held = room;
    let released = false;
    return {
      get joined() {
        return !released && held.joined;
      },
      release: () => {
        if (released) return;
        released = true;
        this.release(sectionId, held, holder);
      },
    };
  }

  private release(sectionId: string, room: Room, holder: RoomListener): void {
    room.holders.delete(holder);
    if (room.holders.size > 0 || this.rooms.get(sectionId) !== room) return;
    this.rooms.delete(sectionId);
    room.joined = false;
    room.attempt += 1;
    if (this.transport.connected) this.transport.leave(sectionId);
  }

  private join(sectionId: string, room: Room, rejoin: boolean): void {
    room.attempt += 1;
    const attempt = room.attempt;
    void this.transport.join(sectionId).then((ack) => {
      // Let go of meanwhile, dropped meanwhile, or asked again since: this answer is stale.
      if (room.attempt !== attempt || this.rooms.get(sectionId) !== room) return;
      room.joined = ack?.ok === true;
      room.lastAck = ack;
      for (const holder of [...room.holders]) holder.onJoinSettled?.(ack);
      if (room.joined && rejoin) this.hooks.onRejoined?.(sectionId);
    });
  }

  private readonly handleConnect = (): void => {
    // A room first asked for while offline is joined now for the first time; the rest rejoin.
    for (const [sectionId, room] of this.rooms) this.join(sectionId, room, room.attempt > 0);
  };

  private readonly handleDisconnect = (): void => {
    for (const room of this.rooms.values()) {
      room.joined = false;
      room.attempt += 1;
    }
  };
}
