import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@iep/shared';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The app-events socket (same origin, default path /socket.io, signed in by the session cookie). */
export function createAppSocket(): AppSocket {
  // Reconnect about as eagerly as the document socket (y-websocket backs off to 2.5 s at most).
  // WebSocket only: with several server instances behind a proxy, long-polling would need sticky
  // sessions (each poll must reach the instance that holds the handshake).
  return io({ withCredentials: true, transports: ['websocket'], reconnectionDelay: 500, reconnectionDelayMax: 2_500 });
}
