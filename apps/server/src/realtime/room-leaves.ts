/**
 * How many times each socket has left each section, so that a join whose access check was still
 * running when a leave arrived does not put the socket back in the room afterwards. socket.io runs
 * a socket's event handlers as they arrive, without waiting for the previous one: `section:join`
 * (which awaits the database) and a `section:leave` sent right after it would otherwise finish in
 * the wrong order and leave the socket in a room it asked to leave.
 */
export class RoomLeaves {
  private readonly bySocket = new WeakMap<object, Map<string, number>>();

  /** The number of leaves so far: taken before a join's checks, compared after them. */
  count(socket: object, sectionId: string): number {
    return this.bySocket.get(socket)?.get(sectionId) ?? 0;
  }

  /** Records a leave; a join started before it will not join. */
  record(socket: object, sectionId: string): void {
    let counts = this.bySocket.get(socket);
    if (counts === undefined) {
      counts = new Map();
      this.bySocket.set(socket, counts);
    }
    counts.set(sectionId, (counts.get(sectionId) ?? 0) + 1);
  }

  /** True when `socket` left `sectionId` since `before` was counted. */
  leftSince(socket: object, sectionId: string, before: number): boolean {
    return this.count(socket, sectionId) !== before;
  }
}
