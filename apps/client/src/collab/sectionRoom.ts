import type { JoinAck, SectionSavedEvent } from '@iep/shared';
import type { RoomLease, SectionRooms } from '../realtime/sectionRooms';
import type { AppSocket } from '../realtime/socket';

export interface SectionRoomHandlers {
  /** Durable clocks from a `section:saved` report (or a join answer that carries them). */
  onClocks: (clocks: Record<string, number>) => void;
  /** A join attempt finished (accepted, refused or timed out). */
  onJoinSettled: () => void;
}

/** The tab's realtime connection, as the live document uses it. */
export interface RoomsOnSocket {
  readonly socket: AppSocket;
  readonly rooms: SectionRooms;
}

/**
 * The live document's hold on the section's socket.io room, which the page's other features share
 * (joined once, after every reconnect too): passes on the `section:saved` reports for this section
 * and the clocks a join answer carries.
 */
export class SectionRoom {
  private readonly lease: RoomLease;
  private destroyed = false;

  constructor(
    private readonly sectionId: string,
    private readonly realtime: RoomsOnSocket,
    private readonly handlers: SectionRoomHandlers,
  ) {
    realtime.socket.on('section:saved', this.handleSaved);
    this.lease = realtime.rooms.acquire(sectionId, { onJoinSettled: this.handleJoinSettled });
  }

  /** In the room now, so "saved" reports reach this page. */
  get joined(): boolean {
    return this.lease.joined;
  }

  /** Reconnect at once (the browser is back online) instead of after socket.io's backoff. */
  reconnectNow(): void {
    if (!this.destroyed && !this.realtime.socket.connected) this.realtime.socket.connect();
  }

  /** Lets go of the room (left when no other feature holds it); the socket stays for the others. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.realtime.socket.off('section:saved', this.handleSaved);
    this.lease.release();
  }

  private readonly handleJoinSettled = (ack: JoinAck | null): void => {
    if (this.destroyed) return;
    // A refused or timed-out join only means no "saved" reports arrive; the document still syncs.
    if (ack !== null && ack.ok && ack.clocks !== undefined) this.handlers.onClocks(ack.clocks);
    this.handlers.onJoinSettled();
  };

  private readonly handleSaved = (event: SectionSavedEvent): void => {
    if (event.sectionId === this.sectionId) this.handlers.onClocks(event.clocks);
  };
}
