import type { JoinAck } from '@iep/shared';
import { SectionRooms } from './sectionRooms';
import type { RoomTransport } from './socket';

/** A socket stand-in: records joins and leaves; the test answers each join when it wants to. */
class FakeTransport implements RoomTransport {
  connected = false;
  readonly sent: string[] = [];
  private readonly pending: ((ack: JoinAck | null) => void)[] = [];
  private readonly connectListeners: (() => void)[] = [];
  private readonly disconnectListeners: (() => void)[] = [];

  join(sectionId: string): Promise<JoinAck | null> {
    this.sent.push(`join ${sectionId}`);
    return new Promise((resolve) => this.pending.push(resolve));
  }
  leave(sectionId: string): void {
    this.sent.push(`leave ${sectionId}`);
  }
  onConnect(listener: () => void): void {
    this.connectListeners.push(listener);
  }
  onDisconnect(listener: () => void): void {
    this.disconnectListeners.push(listener);
  }

  connect(): void {
    this.connected = true;
    this.connectListeners.forEach((l) => l());
  }
  drop(): void {
    this.connected = false;
    this.disconnectListeners.forEach((l) => l());
  }
  /** Answers the oldest unanswered join (and lets its promise callbacks run). */
  async answer(ack: JoinAck | null = { ok: true }): Promise<void> {
    this.pending.shift()?.(ack);
    await Promise.resolve();
    await Promise.resolve();
  }
}

function setUp(connected = true) {
  const transport = new FakeTransport();
  if (connected) transport.connected = true;
  const rejoined: string[] = [];
  const rooms = new SectionRooms(transport, { onRejoined: (id) => rejoined.push(id) });
  return { transport, rooms, rejoined };
}

describe('SectionRooms: one reference-counted room per section on the tab’s one socket', () => {
  it('joins once for two holders of a section, and leaves once when the last lets go', async () => {
    const { transport, rooms } = setUp();
    const editor = rooms.acquire('s1');
    const comments = rooms.acquire('s1');
    await transport.answer();
    expect(transport.sent).toEqual(['join s1']);
    expect(editor.joined).toBe(true);
    expect(comments.joined).toBe(true);

    editor.release();
    expect(transport.sent).toEqual(['join s1']);
    expect(comments.joined).toBe(true);
    comments.release();
    expect(transport.sent).toEqual(['join s1', 'leave s1']);
    expect(rooms.sectionIds).toEqual([]);
  });

  it('counts each lease once: a second release of the same lease changes nothing', async () => {
    const { transport, rooms } = setUp();
    const a = rooms.acquire('s1');
    const b = rooms.acquire('s1');
    a.release();
    a.release();
    expect(transport.sent).toEqual(['join s1']);
    expect(rooms.sectionIds).toEqual(['s1']);
    b.release();
    expect(transport.sent).toEqual(['join s1', 'leave s1']);
    expect(a.joined).toBe(false);
  });

  it('keeps sections apart', async () => {
    const { transport, rooms } = setUp();
    const one = rooms.acquire('s1');
    const two = rooms.acquire('s2');
    one.release();
    expect(transport.sent).toEqual(['join s1', 'join s2', 'leave s1']);
    expect(rooms.sectionIds).toEqual(['s2']);
    two.release();
  });

  it('tells every holder how the join went, and a late holder at once', async () => {
    const { transport, rooms } = setUp();
    const heard: string[] = [];
    rooms.acquire('s1', { onJoinSettled: (ack) => heard.push(`first ${JSON.stringify(ack)}`) });
    rooms.acquire('s1', { onJoinSettled: (ack) => heard.push(`second ${JSON.stringify(ack)}`) });
    await transport.answer({ ok: true, clocks: { 7: 3 } });
    rooms.acquire('s1', { onJoinSettled: (ack) => heard.push(`late ${JSON.stringify(ack)}`) });
    expect(heard).toEqual([
      'first {"ok":true,"clocks":{"7":3}}',
      'second {"ok":true,"clocks":{"7":3}}',
      'late {"ok":true,"clocks":{"7":3}}',
    ]);
    expect(transport.sent).toEqual(['join s1']);
  });

  it('a refused or unanswered join leaves the holders out of the room', async () => {
    const { transport, rooms } = setUp();
    const refused = rooms.acquire('s1');
    await transport.answer({ ok: false, code: 'NOT_FOUND' });
    expect(refused.joined).toBe(false);
    const silent = rooms.acquire('s2');
    await transport.answer(null);
    expect(silent.joined).toBe(false);
  });

  it('joins what was taken while offline when the socket connects, once, and not as a rejoin', async () => {
    const { transport, rooms, rejoined } = setUp(false);
    const a = rooms.acquire('s1');
    rooms.acquire('s1');
    expect(transport.sent).toEqual([]);
    transport.connect();
    await transport.answer();
    expect(transport.sent).toEqual(['join s1']);
    expect(a.joined).toBe(true);
    expect(rejoined).toEqual([]);
  });

  it('is out of every room when the socket drops, rejoins each held room once after it reconnects, and reports the rejoin', async () => {
    const { transport, rooms, rejoined } = setUp();
    const a = rooms.acquire('s1');
    rooms.acquire('s1');
    await transport.answer();
    transport.drop();
    expect(a.joined).toBe(false);
    transport.connect();
    await transport.answer();
    expect(transport.sent).toEqual(['join s1', 'join s1']);
    expect(a.joined).toBe(true);
    expect(rejoined).toEqual(['s1']);
  });

  it('sends no leave while offline (the server dropped the rooms with the socket) and does not rejoin a room let go meanwhile', async () => {
    const { transport, rooms } = setUp();
    const a = rooms.acquire('s1');
    await transport.answer();
    transport.drop();
    a.release();
    transport.connect();
    expect(transport.sent).toEqual(['join s1']);
  });

  it('ignores the answer to a join that was let go of, or asked again, before it came', async () => {
    const { transport, rooms } = setUp();
    const heard: (JoinAck | null)[] = [];
    const first = rooms.acquire('s1', { onJoinSettled: (ack) => heard.push(ack) });
    first.release();
    const again = rooms.acquire('s1', { onJoinSettled: (ack) => heard.push(ack) });
    expect(transport.sent).toEqual(['join s1', 'leave s1', 'join s1']);
    // The server answers the first join CONFLICT (the leave won), then the second one.
    await transport.answer({ ok: false, code: 'CONFLICT' });
    expect(again.joined).toBe(false);
    expect(heard).toEqual([]);
    await transport.answer({ ok: true });
    expect(again.joined).toBe(true);
    expect(heard).toEqual([{ ok: true }]);
  });

  it('ignores the answer to a join sent before a drop', async () => {
    const { transport, rooms } = setUp();
    const lease = rooms.acquire('s1');
    transport.drop();
    await transport.answer({ ok: true });
    expect(lease.joined).toBe(false);
  });
});
