import { RoomLeaves } from './room-leaves';

describe('RoomLeaves', () => {
  it('counts leaves per socket and per section', () => {
    const leaves = new RoomLeaves();
    const a = {};
    const b = {};
    expect(leaves.count(a, 's1')).toBe(0);
    leaves.record(a, 's1');
    leaves.record(a, 's1');
    leaves.record(a, 's2');
    expect(leaves.count(a, 's1')).toBe(2);
    expect(leaves.count(a, 's2')).toBe(1);
    expect(leaves.count(b, 's1')).toBe(0);
  });

  it('tells a join whose checks ran across a leave that it was left meanwhile', () => {
    const leaves = new RoomLeaves();
    const socket = {};
    const before = leaves.count(socket, 's1');
    expect(leaves.leftSince(socket, 's1', before)).toBe(false);
    leaves.record(socket, 's1');
    expect(leaves.leftSince(socket, 's1', before)).toBe(true);
    // A join started after that leave is not affected by it.
    const later = leaves.count(socket, 's1');
    expect(leaves.leftSince(socket, 's1', later)).toBe(false);
  });
});
