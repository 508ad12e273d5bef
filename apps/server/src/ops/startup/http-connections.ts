import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** How long requests still in flight at shutdown may take before their connections are cut. */
export const REQUEST_GRACE_MS = 5000;

/**
 * The HTTP server's connections, for a shutdown that always ends. Node's `server.close()` waits
 * for every connection, and in Node 20 it ends only keep-alive ones between requests: a socket a
 * browser opened ahead of time and never sent a request on (Chromium preconnects) held a test's
 * shutdown for six minutes. At shutdown the connections with no request in flight are ended at
 * once; requests in flight get a grace period, then every connection left is cut, upgraded
 * sockets (WebSockets their own servers failed to close) included.
 */
export class HttpConnections {
  private readonly open = new Set<Socket>();
  /** Requests in flight per socket (pipelining allows more than one). */
  private readonly inFlight = new Map<Socket, number>();
  private readonly upgraded = new WeakSet<Socket>();
  private shuttingDown = false;
  private cutting = false;

  constructor(server: Server) {
    server.on('connection', (socket: Socket) => {
      // Past the grace period the server may still be listening (shutdown hooks run first): a new
      // connection then would be the one nothing ends.
      if (this.cutting) return void socket.destroy();
      this.open.add(socket);
      socket.once('close', () => {
        this.open.delete(socket);
        this.inFlight.delete(socket);
      });
    });
    server.on('request', (req: { socket: Socket }, res: { once(event: 'close', cb: () => void): void }) => {
      const socket = req.socket;
      this.inFlight.set(socket, (this.inFlight.get(socket) ?? 0) + 1);
      res.once('close', () => {
        const left = (this.inFlight.get(socket) ?? 1) - 1;
        if (left > 0) this.inFlight.set(socket, left);
        else this.inFlight.delete(socket);
        // Once shutdown began, a kept-alive connection is ended as soon as its last request is answered.
        if (left <= 0 && this.shuttingDown && !this.upgraded.has(socket)) socket.destroySoon();
      });
    });
    server.on('upgrade', (req: { socket: Socket }) => this.upgraded.add(req.socket));
  }

  /** Connections open now (upgraded ones included). */
  get size(): number {
    return this.open.size;
  }

  /**
   * Runs `close` (which calls `server.close()`) while ending idle connections, and cuts every
   * connection still open after `graceMs`, so that `close` settles.
   */
  async closeWithin<T>(graceMs: number, close: () => Promise<T>): Promise<T> {
    this.shuttingDown = true;
    const cut = setTimeout(() => {
      this.cutting = true;
      for (const socket of this.open) socket.destroy();
    }, graceMs);
    cut.unref();
    try {
      const closing = close();
      for (const socket of this.open) {
        if (!this.inFlight.has(socket) && !this.upgraded.has(socket)) socket.destroy();
      }
      return await closing;
    } finally {
      clearTimeout(cut);
    }
  }
}
