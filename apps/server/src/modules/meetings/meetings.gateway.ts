import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayDisconnect,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { clientEventSchemas, ErrorCode, type MeetingAck } from '@iep/shared';
import { AppError } from '../../common/app-error';
import type { AuthContext } from '../auth/auth.types';
import { MeetingPresence } from './meeting-presence.service';

interface SocketData {
  auth: AuthContext;
  /** Meetings this socket joined: its drop marks the person dropped there. */
  meetings?: Set<string>;
}
type MeetingSocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>;

const joinMeetingSchema = clientEventSchemas['meeting:join'];
const leaveSchema = clientEventSchemas['meeting:leave'];
const discussSchema = clientEventSchemas['meeting:discuss'];

function failure(err: unknown): MeetingAck {
  if (err instanceof AppError) return { ok: false, code: err.code, message: err.message };
  return { ok: false, code: ErrorCode.Internal, message: 'Something went wrong' };
}

/**
 * Meeting presence over the app socket (signed in by the realtime gateway's middleware): join,
 * leave, "now discussing", and a lost connection marked as dropped.
 */
@WebSocketGateway({ destroyUpgrade: false, serveClient: false })
export class MeetingsGateway implements OnGatewayDisconnect {
  private readonly logger = new Logger(MeetingsGateway.name);
  /** Sockets per (meeting, user) on this instance: a person with another tab open has not dropped. */
  private readonly joined = new Map<string, number>();
  /** Drops being recorded: shutdown waits for them, as the database closes after. */
  private readonly dropping = new Set<Promise<void>>();
  @WebSocketServer() server?: Server;

  constructor(private readonly presence: MeetingPresence) {}

  /**
   * For shutdown: disconnects this instance's sockets (each drop recorded as for a lost connection)
   * and waits for those records, before the database closes.
   */
  async disconnectAll(): Promise<void> {
    this.server?.local.disconnectSockets(true);
    await Promise.allSettled([...this.dropping]);
  }

  @SubscribeMessage('meeting:join')
  async join(@ConnectedSocket() socket: MeetingSocket, @MessageBody() body: unknown): Promise<MeetingAck> {
    const parsed = joinMeetingSchema.safeParse(body);
    if (!parsed.success)
      return { ok: false, code: ErrorCode.ValidationFailed, message: 'Say how you attend: video, phone or in person' };
    try {
      const state = await this.presence.join(socket.data.auth, parsed.data, socket.handshake.address ?? null);
      const meetings = (socket.data.meetings ??= new Set());
      if (!meetings.has(parsed.data.meetingId)) {
        meetings.add(parsed.data.meetingId);
        this.count(parsed.data.meetingId, socket.data.auth.user.id, 1);
      }
      return { ok: true, state };
    } catch (err) {
      return failure(err);
    }
  }

  @SubscribeMessage('meeting:leave')
  async leave(@ConnectedSocket() socket: MeetingSocket, @MessageBody() body: unknown): Promise<MeetingAck> {
    const parsed = leaveSchema.safeParse(body);
    if (!parsed.success) return { ok: false, code: ErrorCode.ValidationFailed, message: 'Which meeting?' };
    try {
      if (socket.data.meetings?.delete(parsed.data.meetingId))
        this.count(parsed.data.meetingId, socket.data.auth.user.id, -1);
      const state = await this.presence.leave(socket.data.auth, parsed.data.meetingId, 'left');
      return state
        ? { ok: true, state }
        : { ok: false, code: ErrorCode.MeetingNotRunning, message: 'The meeting is not running' };
    } catch (err) {
      return failure(err);
    }
  }

  @SubscribeMessage('meeting:discuss')
  async discuss(@ConnectedSocket() socket: MeetingSocket, @MessageBody() body: unknown): Promise<MeetingAck> {
    const parsed = discussSchema.safeParse(body);
    if (!parsed.success)
      return {
        ok: false,
        code: ErrorCode.ValidationFailed,
        message: 'Point at an agenda item or a part of the section',
      };
    try {
      return {
        ok: true,
        state: await this.presence.discuss(socket.data.auth, parsed.data.meetingId, parsed.data.target),
      };
    } catch (err) {
      return failure(err);
    }
  }

  handleDisconnect(socket: MeetingSocket): void {
    const meetings = socket.data.meetings;
    if (!meetings || !socket.data.auth) return;
    for (const meetingId of meetings) {
      // A reconnect that joined before this old socket was noticed gone keeps the person present.
      if (this.count(meetingId, socket.data.auth.user.id, -1) > 0) continue;
      const dropped = this.presence
        .leave(socket.data.auth, meetingId, 'dropped')
        .then(() => undefined)
        .catch((err: Error) => this.logger.warn(`Marking a dropped participant failed: ${err.message}`))
        .finally(() => this.dropping.delete(dropped));
      this.dropping.add(dropped);
    }
  }

  private count(meetingId: string, userId: string, delta: number): number {
    const key = `${meetingId}:${userId}`;
    const next = Math.max(0, (this.joined.get(key) ?? 0) + delta);
    if (next === 0) this.joined.delete(key);
    else this.joined.set(key, next);
    return next;
  }
}
