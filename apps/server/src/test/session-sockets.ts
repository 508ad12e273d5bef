import type { WebsocketProvider } from 'y-websocket';
import { collabToken, connectProvider, sectionOf, synced, type Session, type TestApp } from './test-app';

/** A session's two kinds of open socket (socket.io and a document socket), and how each ended. */
export interface OpenSockets {
  /** Resolves with socket.io's disconnect reason. */
  ioClosed: Promise<string>;
  /** Resolves with the document socket's close code. */
  docClosed: Promise<number>;
  ioConnected: () => boolean;
  close(): void;
}

/** Opens socket.io and the Mateo section's document socket with the session, as a browser would. */
export async function openSockets(app: TestApp, session: Session): Promise<OpenSockets> {
  const { io } = await import('socket.io-client');
  const socket = io(app.baseUrl, { auth: { token: session.token }, transports: ['websocket'], reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.on('connect', () => resolve());
    socket.on('connect_error', reject);
  });
  const ioClosed = new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason)));
  const sectionId = await sectionOf(app, session, 'Mateo');
  const provider: WebsocketProvider = connectProvider(app, sectionId, await collabToken(app, session, sectionId));
  await synced(provider);
  const docClosed = new Promise<number>((resolve) =>
    provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
  );
  return {
    ioClosed,
    docClosed,
    ioConnected: () => socket.connected,
    close: () => {
      socket.close();
      provider.destroy();
    },
  };
}

/** Resolves with the value, or rejects when it takes longer than `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_resolve, reject) =>
      setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms).unref(),
    ),
  ]);
}
