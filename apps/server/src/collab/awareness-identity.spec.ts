import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { MAX_CLIENTS_PER_CONNECTION, stampAwarenessUpdate } from './awareness-identity';

const me = { userId: 'u-ot', name: 'Olivia', role: 'ot', color: '#1f6feb' };

function update(entries: [number, number, unknown][]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const [id, clock, state] of entries) {
    encoding.writeVarUint(e, id);
    encoding.writeVarUint(e, clock);
    encoding.writeVarString(e, JSON.stringify(state));
  }
  return encoding.toUint8Array(e);
}

function read(bytes: Uint8Array | null): [number, number, unknown][] {
  if (!bytes) return [];
  const d = decoding.createDecoder(bytes);
  const n = decoding.readVarUint(d);
  return Array.from({ length: n }, () => [
    decoding.readVarUint(d),
    decoding.readVarUint(d),
    JSON.parse(decoding.readVarString(d)),
  ]);
}

const none = (): boolean => false;
const unknown = (): undefined => undefined;

describe('stamping awareness with the server’s identity', () => {
  it('replaces whatever user the client claims and keeps its cursor', () => {
    const owner = { clientIds: new Set<number>() };
    const out = read(
      stampAwarenessUpdate(update([[7, 1, { user: { name: 'Mallory' }, cursor: { a: 1 } }]]), me, owner, none, unknown),
    );
    expect(out).toEqual([[7, 1, { user: me, cursor: { a: 1 } }]]);
    expect([...owner.clientIds]).toEqual([7]);
  });

  it('drops entries for client ids that another socket owns', () => {
    const owner = { clientIds: new Set<number>() };
    const out = stampAwarenessUpdate(update([[9, 3, { user: {} }]]), me, owner, (id) => id === 9, unknown);
    expect(out).toBeNull();
  });

  it('does not let an echo of someone else’s state claim their id', () => {
    const owner = { clientIds: new Set<number>([1]) };
    const echo = update([
      [5, 4, { user: { name: 'Tom' } }],
      [6, 2, null],
    ]);
    expect(stampAwarenessUpdate(echo, me, owner, none, (id) => (id === 5 ? 4 : 2))).toBeNull();
    expect([...owner.clientIds]).toEqual([1]);
  });

  it('caps how many client ids one socket may speak for', () => {
    const owner = { clientIds: new Set<number>() };
    const many = update(Array.from({ length: 10 }, (_, i): [number, number, unknown] => [100 + i, 1, {}]));
    expect(read(stampAwarenessUpdate(many, me, owner, none, unknown))).toHaveLength(MAX_CLIENTS_PER_CONNECTION);
  });

  it('throws on malformed bytes and on states that are not objects', () => {
    const owner = { clientIds: new Set<number>() };
    expect(() => stampAwarenessUpdate(new Uint8Array([5, 1]), me, owner, none, unknown)).toThrow();
    expect(() => stampAwarenessUpdate(update([[1, 1, [1, 2]]]), me, owner, none, unknown)).toThrow();
  });
});
