import { io, type Socket } from 'socket.io-client';
import { z } from 'zod';
import type { ClientToServerEvents, JoinAck, ServerToClientEvents } from '@iep/shared';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The tab's app-events socket (same origin, default path /socket.io, signed in by the session
 * cookie). Made without connecting: the realtime provider connects it while it is mounted.
 */
export function createAppSocket(): AppSocket {
  // Reconnect about as eagerly as the document socket (y-websocket backs off to 2.5 s at most).
  // WebSocket only: with several server instances behind a proxy, long-polling would need sticky
  // sessions (each poll must reach the instance that holds the handshake).
  return io({
    withCredentials: true,
    transports: ['websocket'],
    reconnectionDelay: 500,
    reconnectionDelayMax: 2_500,
    autoConnect: false,
  });
}

/** What the section rooms need from the socket: joins and leaves, and (re)connects and drops. */
export interface RoomTransport {
  readonly connected: boolean;
  /** The server's answer, or null when none came (timed out, or the socket dropped first). */
  join(sectionId: string): Promise<JoinAck | null>;
  leave(sectionId: string): void;
  onConnect(listener: () => void): void;
  onDisconnect(listener: () => void): void;
}

const JOIN_TIMEOUT_MS = 10_000;

const joinAckSchema = z.union([
  z.object({ ok: z.literal(true), clocks: z.record(z.string(), z.number()).optional() }),
  z.object({ ok: z.literal(false), code: z.string() }),
]);

export function roomTransport(socket: AppSocket): RoomTransport {
  return {
    get connected() {
      return socket.connected;
    },
    join: (sectionId) =>
      new Promise((resolve) => {
        socket.timeout(JOIN_TIMEOUT_MS).emit('section:join', { sectionId }, (error, result) => {
          const ack = joinAckSchema.safeParse(result);
          resolve(error === null && ack.success ? ack.data : null);
        });
      }),
    leave: (sectionId) => {
      socket.emit('section:leave', { sectionId });
    },
    onConnect: (listener) => {
      socket.on('connect', listener);
    },
    onDisconnect: (listener) => {
      socket.on('disconnect', () => listener());
    },
  };
}
