import type { Duplex } from 'node:stream';

/**
 * Holds a socket's writes until the end of this turn of the event loop, then writes them at once:
 * a burst of keystrokes from many people fans out as one write per receiving socket instead of one
 * per message (the system call per write was the socket thread's largest cost under load). Frames,
 * their order and their content are unchanged; only the moment they leave moves to the turn's end.
 */
export class WriteBatch {
  private readonly corked = new Set<Duplex>();
  private scheduled = false;

  private readonly flush = (): void => {
    this.scheduled = false;
    const sockets = [...this.corked];
    this.corked.clear();
    for (const socket of sockets) socket.uncork();
  };

  /** Corks `socket` (once per turn) so that what is written to it next leaves together. */
  hold(socket: Duplex): void {
    if (this.corked.has(socket) || socket.destroyed) return;
    socket.cork();
    this.corked.add(socket);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flush);
    }
  }
}
