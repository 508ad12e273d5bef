import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import {
  can,
  clientEventSchemas,
  ErrorCode,
  sectionRoom,
  sectionStaffRoom,
  userRoom,
  type ClientToServerEvents,
  type JoinAck,
  type ServerToClientEvents,
} from '@iep/shared';
import { DocRegistry } from '../../collab/doc-registry';
import { AuthService } from '../auth/auth.service';
import type { AuthContext } from '../auth/auth.types';
import { tokenFromHeaders } from '../auth/session-token';
import { TeamAccessService } from '../access/team-access.service';
import { ConnectionCaps, EventBuckets } from '../../common/flood-limits';
import { SectionEvents } from '../../realtime/section-events';
import { RealtimeEvents } from '../../realtime/realtime-events';
import { RoomLeaves } from '../../realtime/room-leaves';

interface SocketData {
  auth: AuthContext;
}
type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const joinSchema = clientEventSchemas['section:join'];
const leaveSchema = clientEventSchemas['section:leave'];

function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * App events over socket.io, signed in by the same session as HTTP. `destroyUpgrade: false` leaves
 * upgrades on other paths (the document socket) alone.
 */
@WebSocketGateway({ destroyUpgrade: false, serveClient: false })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(RealtimeGateway.name);
  @WebSocketServer() server!: AppServer;

  constructor(
    private readonly auth: AuthService,
    private readonly access: TeamAccessService,
    private readonly docs: DocRegistry,
    private readonly events: SectionEvents,
    private readonly realtimeEvents: RealtimeEvents,
  ) {}

  /** Per person: 50 events a second with bursts of 200; at most 50 open app sockets. */
  private readonly eventBuckets = new EventBuckets(50, 200);
  private readonly connectionCaps = new ConnectionCaps(50);
  private readonly leaves = new RoomLeaves();

  /** Every signed-in socket hears its person's notifications. */
  async handleConnection(socket: AppSocket): Promise<void> {
    const auth = socket.data.auth as AuthContext | undefined;
    if (!auth) return;
    // Every event counts against its person's bucket; a flood is answered with errors, not served.
    socket.use((_packet, next) =>
      this.eventBuckets.take(auth.user.id) ? next() : next(new Error(ErrorCode.TooManyRequests)),
    );
    // A refused event surfaces as the socket's 'error'; without a listener it would be thrown.
    socket.on('error', () => undefined);
    socket.on('disconnect', () => this.connectionCaps.release(auth.user.id));
    await socket.join(userRoom(auth.user.id));
  }

  afterInit(server: AppServer): void {
    server.use((socket, next) => {
      const { headers, auth } = socket.handshake;
      if (!sameOrigin(headers.origin, headers.host)) return next(new Error(ErrorCode.CrossSiteRequest));
      const bearer = typeof auth?.token === 'string' ? `Bearer ${auth.token}` : undefined;
      this.auth
        .resolve(tokenFromHeaders({ cookie: headers.cookie, authorization: bearer }))
        .then((ctx) => {
          if (!ctx) return next(new Error(ErrorCode.Unauthenticated));
          if (!this.connectionCaps.acquire(ctx.user.id)) return next(new Error(ErrorCode.TooManyRequests));
          socket.data.auth = ctx;
          next();
        })
        .catch(() => next(new Error(ErrorCode.Internal)));
    });
    this.realtimeEvents.attach(server);
    this.docs.onSaved((sectionId, clocks) =>
      server.to(sectionRoom(sectionId)).emit('section:saved', { sectionId, clocks }),
    );
    this.events.onStatus((event) => server.to(sectionRoom(event.sectionId)).emit('section:status', event));
    this.events.onSignoff((event) => server.to(sectionRoom(event.sectionId)).emit('signoff:changed', event));
    // A meeting is heard in two views: the staff room's, and one with nothing staff-only for the rest.
    this.events.onMeeting(({ sectionId, section, staff }) => {
      server.to(sectionRoom(sectionId)).except(sectionStaffRoom(sectionId)).emit('meeting:state', section);
      server.to(sectionStaffRoom(sectionId)).emit('meeting:state', staff);
    });
    this.events.onProposal((event) => server.to(sectionRoom(event.sectionId)).emit('proposal:changed', event));
    // A draft notice is staff business; an issued one (and its receipts) the whole team's and the family's.
    this.events.onNotice((event, staffOnly) =>
      server
        .to(staffOnly ? sectionStaffRoom(event.sectionId) : sectionRoom(event.sectionId))
        .emit('notice:changed', event),
    );
    this.events.onProgressReport((event, staffOnly) =>
      server
        .to(staffOnly ? sectionStaffRoom(event.sectionId) : sectionRoom(event.sectionId))
        .emit('progress-report:changed', event),
    );
    this.events.onServiceLog((event) => server.to(sectionRoom(event.sectionId)).emit('service-log:changed', event));
    this.events.onGoalData((event) => server.to(sectionRoom(event.sectionId)).emit('goal-data:changed', event));
    this.auth.onSessionEnded((sessionId) => {
      for (const socket of server.sockets.sockets.values())
        if (socket.data.auth?.sessionId === sessionId) socket.disconnect(true);
    });
  }

  /**
   * Idempotent: joining a room the socket is already in changes nothing, and each join decides the
   * staff room afresh (a person who is no longer staff leaves it). A leave that arrives while a join
   * is still checking wins: that join answers CONFLICT and joins nothing.
   */
  @SubscribeMessage('section:join')
  async join(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<JoinAck> {
    const parsed = joinSchema.safeParse(body);
    if (!parsed.success) return { ok: false, code: ErrorCode.ValidationFailed };
    const { sectionId } = parsed.data;
    const leavesBefore = this.leaves.count(socket, sectionId);
    try {
      const access = await this.access.sectionFor(socket.data.auth.user.id, sectionId);
      const actor = { userId: socket.data.auth.user.id, role: access?.role ?? null };
      if (!access || !can(actor, 'section.view', { status: access.status })) {
        return { ok: false, code: ErrorCode.NotFound };
      }
      // Gone meanwhile (a room joined now would outlive the socket) or left meanwhile: join nothing.
      if (socket.disconnected || this.leaves.leftSince(socket, sectionId, leavesBefore))
        return { ok: false, code: ErrorCode.Conflict };
      await socket.join(sectionRoom(sectionId));
      // Staff-only threads (and the staff's view of a meeting) travel in a room only those who may see them join.
      if (can(actor, 'staff.room', { status: access.status })) await socket.join(sectionStaffRoom(sectionId));
      else await socket.leave(sectionStaffRoom(sectionId));
      const clocks = await this.docs.durableClocks(sectionId).catch(() => undefined);
      return clocks ? { ok: true, clocks } : { ok: true };
    } catch (err) {
      this.logger.error(`section:join failed: ${(err as Error).message}`);
      return { ok: false, code: ErrorCode.Internal };
    }
  }

  /** Leaves both of the section's rooms (nothing happens when the socket is in neither). */
  @SubscribeMessage('section:leave')
  async leave(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<void> {
    const parsed = leaveSchema.safeParse(body);
    if (!parsed.success) return;
    this.leaves.record(socket, parsed.data.sectionId);
    await socket.leave(sectionRoom(parsed.data.sectionId));
    await socket.leave(sectionStaffRoom(parsed.data.sectionId));
  }
}
