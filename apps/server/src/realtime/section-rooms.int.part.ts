import { TEST_STORE } from '../test/factories';
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import {
  ErrorCode,
  sectionRoom,
  sectionStaffRoom,
  type ClientToServerEvents,
  type JoinAck,
  type ProposalChangedEvent,
  type ServerToClientEvents,
} from '@iep/shared';
import { freshStore, login, sectionOf, startApp, type Session, type TestApp } from '../test/test-app';
import { RealtimeGateway } from '../modules/rooms/rooms.gateway';
import { SectionEvents } from './section-events';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The section rooms as one socket per tab uses them: a socket may ask to join a room it is already
 * in (after a reconnect, or a second feature on the page), and may leave while its join is still
 * being checked. Joins are idempotent, and the last word (join or leave) is what holds.
 */
describe('section rooms: idempotent joins, and leaves that win over a join still being checked', () => {
  jest.setTimeout(60_000);
  let app: TestApp;
  let ot: Session;
  let parent: Session;
  let sectionId: string;
  const open: ClientSocket[] = [];

  beforeAll(async () => {
    app = await startApp(await freshStore(TEST_STORE));
    ot = await login(app, 'ot@demo.school');
    parent = await login(app, 'parent@demo.school');
    sectionId = await sectionOf(app, ot, 'Mateo');
  });
  afterAll(async () => {
    for (const socket of open) socket.close();
    await app.stop();
  });

  async function connect(session: Session): Promise<ClientSocket> {
    const { io } = await import('socket.io-client');
    const socket: ClientSocket = io(app.baseUrl, {
      auth: { token: session.token },
      transports: ['websocket'],
      reconnection: false,
    });
    open.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', reject);
    });
    return socket;
  }

  const join = (socket: ClientSocket): Promise<JoinAck> =>
    socket.timeout(3000).emitWithAck('section:join', { sectionId });

  /** Whether the socket is in the room, as the server's adapter has it. */
  async function inRoom(socket: ClientSocket, room: string): Promise<boolean> {
    const members = await app.running.app.get(RealtimeGateway).server.in(room).fetchSockets();
    return members.some((member) => member.id === socket.id);
  }

  /** Rooms after the events sent so far: a join acknowledged after them settles the order. */
  async function rooms(socket: ClientSocket): Promise<{ section: boolean; staff: boolean }> {
    return {
      section: await inRoom(socket, sectionRoom(sectionId)),
      staff: await inRoom(socket, sectionStaffRoom(sectionId)),
    };
  }

  const proposalEvent = (): ProposalChangedEvent => ({
    sectionId,
    proposalId: randomUUID(),
    change: 'updated',
    by: { name: 'Test', role: 'ot' },
  });

  it('a second join changes nothing: one membership, each event heard once, and one leave is out', async () => {
    const socket = await connect(ot);
    const heard: ProposalChangedEvent[] = [];
    socket.on('proposal:changed', (event) => heard.push(event));
    expect(await join(socket)).toMatchObject({ ok: true });
    expect(await join(socket)).toMatchObject({ ok: true });
    expect(await rooms(socket)).toEqual({ section: true, staff: true });

    const first = proposalEvent();
    app.running.app.get(SectionEvents).proposal(first);
    // An acknowledged round trip after the event: anything sent before it has arrived.
    expect(await join(socket)).toMatchObject({ ok: true });
    expect(heard).toEqual([first]);

    socket.emit('section:leave', { sectionId });
    socket.emit('section:leave', { sectionId });
    await socket.timeout(3000).emitWithAck('meeting:leave', { meetingId: randomUUID() });
    expect(await rooms(socket)).toEqual({ section: false, staff: false });
    app.running.app.get(SectionEvents).proposal(proposalEvent());
    await socket.timeout(3000).emitWithAck('meeting:leave', { meetingId: randomUUID() });
    expect(heard).toEqual([first]);
  });

  it('a leave sent right behind a join wins: the join answers CONFLICT and joins nothing; a later join works', async () => {
    const socket = await connect(ot);
    const joining = join(socket);
    socket.emit('section:leave', { sectionId });
    expect(await joining).toEqual({ ok: false, code: ErrorCode.Conflict });
    expect(await rooms(socket)).toEqual({ section: false, staff: false });

    expect(await join(socket)).toMatchObject({ ok: true });
    expect(await rooms(socket)).toEqual({ section: true, staff: true });
  });

  it('join, leave, join in one burst ends in the room: the last word counts', async () => {
    const socket = await connect(ot);
    const first = join(socket);
    socket.emit('section:leave', { sectionId });
    const second = join(socket);
    expect(await first).toEqual({ ok: false, code: ErrorCode.Conflict });
    expect(await second).toMatchObject({ ok: true });
    expect(await rooms(socket)).toEqual({ section: true, staff: true });
  });

  it('a parent’s repeated joins put them in the section room and never in the staff room', async () => {
    const socket = await connect(parent);
    expect(await join(socket)).toMatchObject({ ok: true });
    expect(await join(socket)).toMatchObject({ ok: true });
    expect(await rooms(socket)).toEqual({ section: true, staff: false });
  });

  it('leaves one socket’s rooms alone when another socket of the same person leaves', async () => {
    const [a, b] = [await connect(ot), await connect(ot)];
    expect(await join(a)).toMatchObject({ ok: true });
    expect(await join(b)).toMatchObject({ ok: true });
    b.emit('section:leave', { sectionId });
    expect(await join(a)).toMatchObject({ ok: true });
    expect(await rooms(a)).toEqual({ section: true, staff: true });
    await b.timeout(3000).emitWithAck('meeting:leave', { meetingId: randomUUID() });
    expect(await rooms(b)).toEqual({ section: false, staff: false });
  });
});
