import { Duplex } from 'node:stream';
import { WriteBatch } from './write-batch';

/** A socket that records each write it is handed (a writev of several chunks counts once). */
function recordingSocket(): { socket: Duplex; writes: string[][] } {
  const writes: string[][] = [];
  const socket = new Duplex({
    read() {},
    write(chunk: Buffer, _enc, done) {
      writes.push([chunk.toString()]);
      done();
    },
    writev(chunks, done) {
      writes.push(chunks.map((c) => (c.chunk as Buffer).toString()));
      done();
    },
  });
  return { socket, writes };
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

describe('the write batch of a turn', () => {
  it("sends a turn's messages to a socket in one write, in order, and nothing before the turn ends", async () => {
    const batch = new WriteBatch();
    const { socket, writes } = recordingSocket();
    for (const m of ['a', 'b', 'c']) {
      batch.hold(socket);
      socket.write(m);
    }
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual([['a', 'b', 'c']]);
  });

  it('writes each socket on its own, and a later turn again', async () => {
    const batch = new WriteBatch();
    const one = recordingSocket();
    const two = recordingSocket();
    batch.hold(one.socket);
    one.socket.write('1');
    batch.hold(two.socket);
    two.socket.write('2');
    await nextTurn();
    batch.hold(one.socket);
    one.socket.write('3');
    await nextTurn();
    expect(one.writes).toEqual([['1'], ['3']]);
    expect(two.writes).toEqual([['2']]);
  });
});
