import type { QueryClient } from '@tanstack/react-query';
import type { Socket } from 'socket.io-client';
import { applyEvent, refreshMissed, serverEvents, type EventPayload, type ServerEvent } from './eventQueries';
import { SectionRooms } from './sectionRooms';
import { createAppSocket, roomTransport, type AppSocket } from './socket';

/** Routes one server event to the cache; answers the way to stop. */
function route<E extends ServerEvent>(socket: Socket, client: QueryClient, event: E): () => void {
  const listener = (payload: EventPayload<E>): void => applyEvent(client, event, payload);
  const name: string = event;
  socket.on(name, listener);
  return () => {
    socket.off(name, listener);
  };
}

/**
 * The tab's one realtime connection: one socket.io socket that every feature shares, its section
 * rooms (reference-counted), and the cache kept current from the events through the one map in
 * eventQueries.ts. After a reconnect, what may have been missed is fetched again: the person's own
 * queries at once, each held section's once its room is joined again.
 */
export class Realtime {
  readonly rooms: SectionRooms;
  private client: QueryClient | null = null;

  constructor(readonly socket: AppSocket = createAppSocket()) {
    this.rooms = new SectionRooms(roomTransport(socket), {
      onRejoined: (sectionId) => {
        if (this.client !== null) refreshMissed(this.client, sectionId);
      },
    });
  }

  /** Connects and keeps `client` current; answers the way to stop (which disconnects). */
  start(client: QueryClient): () => void {
    this.client = client;
    // socket.io's typed `on` cannot take a generic event name; each route's listener takes exactly
    // the payload that the shared map declares for its event.
    const untyped: Socket = this.socket;
    const stops = serverEvents.map((event) => route(untyped, client, event));
    let connectedBefore = false;
    const onConnect = (): void => {
      if (connectedBefore) refreshMissed(client, null);
      connectedBefore = true;
    };
    this.socket.on('connect', onConnect);
    this.socket.connect();
    return () => {
      for (const stop of stops) stop();
      this.socket.off('connect', onConnect);
      this.client = null;
      this.socket.disconnect();
    };
  }
}
