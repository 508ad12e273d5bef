import { z } from 'zod';
import type { SectionSavedEvent } from '@iep/shared';
import type { AppSocket } from '../realtime/socket';

const JOIN_TIMEOUT_MS = 10_000;

/**
 * A join answer that also carries the section's durable clocks (not in the shared JoinAck type
 * yet): lets the page say "Saved" for changes stored while it was out of the room.
 */
const joinAckWithClocksSchema = z.object({ ok: z.literal(true), clocks: z.record(z.string(), z.number()) });
const joinAckSchema = z.object({ ok: z.boolean() });

export interface SectionRoomHandlers {
  /** Durable clocks from a `section:saved` report (or a join answer that carries them). */
  onClocks: (clocks: Record<string, number>) => void;
  /** A join attempt finished (accepted, refused or timed out). */
  onJoinSettled: () => void;
}

/**
 * The section's socket.io room: joins it after every (re)connect and passes on the
 * `section:saved` reports for this section.
 */
export class SectionRoom {
  private joinedRoom = false;
  private destroyed = false;

  constructor(
    private readonly sectionId: string,
    readonly socket: AppSocket,
    private readonly handlers: SectionRoomHandlers,
  ) {
    socket.on('connect', this.join);
    socket.on('disconnect', this.handleDisconnect);
    socket.on('section:saved', this.handleSaved);
    if (socket.connected) this.join();
  }

  /** In the room now, so "saved" reports reach this page. */
  get joined(): boolean {
    return this.joinedRoom;
  }

  /** Reconnect at once (the browser is back online) instead of after socket.io's backoff. */
  reconnectNow(): void {
    if (!this.destroyed && !this.socket.connected) this.socket.connect();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.socket.off('connect', this.join);
    this.socket.off('disconnect', this.handleDisconnect);
    this.socket.off('section:saved', this.handleSaved);
    if (this.socket.connected) this.socket.emit('section:leave', { sectionId: this.sectionId });
    this.socket.disconnect();
  }

  private readonly join = (): void => {
    this.socket.timeout(JOIN_TIMEOUT_MS).emit('section:join', { sectionId: this.sectionId }, (error, result) => {
      if (this.destroyed) return;
      // A refused or timed-out join only means no "saved" reports arrive; the document still syncs.
      const ack = joinAckSchema.safeParse(result);
      this.joinedRoom = error === null && ack.success && ack.data.ok;
      if (this.joinedRoom) {
        const withClocks = joinAckWithClocksSchema.safeParse(result);
        if (withClocks.success) this.handlers.onClocks(withClocks.data.clocks);
      }
      this.handlers.onJoinSettled();
    });
  };

  private readonly handleDisconnect = (): void => {
    this.joinedRoom = false;
  };

  private readonly handleSaved = (event: SectionSavedEvent): void => {
    if (event.sectionId === this.sectionId) this.handlers.onClocks(event.clocks);
  };
}
