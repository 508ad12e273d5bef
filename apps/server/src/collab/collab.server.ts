import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  can,
  CollabCloseCode,
  presenceColor,
  ROLES,
  sectionAbilities,
  SECTION_STATUSES,
  suggestOnlyParts,
  writableParts,
  type Actor,
  type SectionStatus,
} from '@iep/shared';
import { ClusterBus } from '../cluster/cluster-bus';
import { ConnectionCaps } from '../common/flood-limits';
import { APP_CONFIG, type AppConfig } from '../config';
import { COLLAB_GATE, type CollabGate } from './collab-gate';
import { CollabConnection, type SocketRights } from './collab-connection';
import { verifyCollabToken } from './collab-token';
import { DocRegistry } from './doc-registry';
import { WriteBatch } from './write-batch';

export const COLLAB_PATH = '/collab/';
const HEARTBEAT_MS = 30_000;
/** How long a socket ws is closing after a bad frame may take to finish its closing handshake. */
const CLOSE_GRACE_MS = 5_000;
/** Workflow states applied on one instance reach the sockets of every other over this channel. */
const STATUS_CHANNEL = 'iep:collab-status';
/** A person's standing on a team changed: every instance re-checks that person's open sockets. */
const ACCESS_CHANNEL = 'iep:collab-access';

/** No Origin (scripts, other servers) or the same host as the request: allowed. */
function sameSiteOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function statusMessage(message: Buffer): { from: Buffer; sectionId: string; status: SectionStatus } | null {
  try {
    const body = JSON.parse(message.subarray(8).toString('utf8')) as { sectionId?: unknown; status?: unknown };
    const status = SECTION_STATUSES.find((s) => s === body.status);
    if (typeof body.sectionId !== 'string' || !status) return null;
    return { from: message.subarray(0, 8), sectionId: body.sectionId, status };
  } catch {
    return null;
  }
}

/** What an actor may write in a section in a given state: the abilities the page renders from. */
function writePermissions(actor: Actor, status: SectionStatus): SocketRights {
  const abilities = sectionAbilities(actor, { status });
  return {
    parts: writableParts(abilities),
    all: abilities.edit,
    suggest: new Set(abilities.suggestParts),
    suggestOnly: suggestOnlyParts(abilities),
  };
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * The document endpoint `/collab/<sectionId>?token=…` inside the app's HTTP server. The token and
 * the caller's standing are checked before any document byte is sent.
 */
@Injectable()
export class CollabServer {
  private readonly logger = new Logger(CollabServer.name);
  private readonly wss: WebSocketServer;
  private readonly connections = new Set<CollabConnection>();
  /** Openings being checked and audit records being written: shutdown waits for them (the database closes after). */
  private readonly inFlight = new Set<Promise<unknown>>();
  /** At most this many document sockets per person at once (tabs, devices, reconnects). */
  private readonly caps = new ConnectionCaps(40);
  /** The latest workflow state applied on this instance, per section (see applyStatus). */
  private readonly statusOverrides = new Map<string, SectionStatus>();
  private heartbeat: NodeJS.Timeout | null = null;
  /** Every document socket's writes of one event-loop turn leave together (see WriteBatch). */
  private readonly writes = new WriteBatch();

  constructor(
    private readonly registry: DocRegistry,
    @Inject(COLLAB_GATE) private readonly gate: CollabGate,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly bus: ClusterBus,
  ) {
    // ws closes a socket whose frame passes maxPayload with 1009, and only that socket.
    this.wss = new WebSocketServer({ noServer: true, maxPayload: config.collabMaxMessageBytes });
    gate.onSessionEnded((sessionId) => {
      for (const conn of this.connections)
        if (conn.sessionId === sessionId) conn.close(CollabCloseCode.Unauthenticated, 'signed out');
    });
    void bus.subscribe(ACCESS_CHANNEL, (message) => {
      if (!message.subarray(0, 8).equals(bus.instanceId))
        void this.recheckLocally(message.subarray(8).toString('utf8'));
    });
    void bus.subscribe(STATUS_CHANNEL, (message) => {
      const parsed = statusMessage(message);
      if (parsed && !parsed.from.equals(bus.instanceId)) this.applyLocally(parsed.sectionId, parsed.status);
    });
  }

  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(COLLAB_PATH)) return;
      this.wss.handleUpgrade(req, socket, head, (ws) => void this.track(this.onConnection(ws, url, req, socket)));
    });
    this.heartbeat = setInterval(() => {
      // A socket that did not answer the last ping is gone (a laptop lid closed): free its presence.
      for (const conn of this.connections) conn.checkAlive();
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /**
   * Applies a workflow state to every open socket on the section: from this call on, updates the
   * new state does not allow are refused. Called before a freeze is read and before a lock is
   * committed, so nothing slips in between. The latest state applied here is also what sockets
   * opening later get, so a socket checked just before a move cannot miss it.
   */
  applyStatus(sectionId: string, status: SectionStatus): void {
    this.applyLocally(sectionId, status);
    this.bus.publish(
      STATUS_CHANNEL,
      Buffer.concat([this.bus.instanceId, Buffer.from(JSON.stringify({ sectionId, status }))]),
    );
  }

  private applyLocally(sectionId: string, status: SectionStatus): void {
    this.statusOverrides.set(sectionId, status);
    for (const conn of this.connections) {
      if (conn.live.sectionId !== sectionId) continue;
      const role = ROLES.find((r) => r === conn.identity.role) ?? null;
      const writes = writePermissions({ userId: conn.userId, role }, status);
      conn.setPermissions(writes);
    }
  }

  /**
   * Re-checks a person's open document sockets after their team membership changed (removed, new
   * role, authority revoked), here and on every other instance: a socket on a record they may no
   * longer open is closed with 4403; one whose role changed keeps going with the new role's rights.
   */
  async recheckAccess(userId: string): Promise<void> {
    this.bus.publish(ACCESS_CHANNEL, Buffer.concat([this.bus.instanceId, Buffer.from(userId, 'utf8')]));
    await this.recheckLocally(userId);
  }

  private async recheckLocally(userId: string): Promise<void> {
    const mine = [...this.connections].filter((conn) => conn.userId === userId);
    for (const sectionId of new Set(mine.map((conn) => conn.live.sectionId))) {
      const access = await this.gate.sectionFor(userId, sectionId).catch(() => null);
      const role = access?.role ?? null;
      for (const conn of mine) {
        if (conn.live.sectionId !== sectionId) continue;
        if (access === null || role === null || !can({ userId, role }, 'section.view', { status: access.status })) {
          conn.close(CollabCloseCode.Forbidden, 'access removed');
          continue;
        }
        conn.setRole(role);
        const writes = writePermissions({ userId, role }, this.statusOverrides.get(sectionId) ?? access.status);
        conn.setPermissions(writes);
      }
    }
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /**
   * Closes every document socket for shutdown and resolves once they are closed. A client's close
   * frame follows every update it sent before it, so waiting for the handshake means nothing it
   * sent is left unread. Sockets that do not answer in time are cut.
   */
  async closeAll(timeoutMs = 3000): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    const sockets = [...this.wss.clients];
    const closed = sockets.map((ws) => new Promise<void>((resolve) => ws.once('close', () => resolve())));
    for (const ws of sockets) ws.close(1001, 'server shutting down');
    const timer = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
    await Promise.race([Promise.all(closed), timer]);
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    await Promise.race([Promise.allSettled([...this.inFlight]), timer]);
  }

  /** Keeps `work` in view until it settles, so that shutdown can wait for it. */
  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }

  private async onConnection(ws: WebSocket, url: URL, req: IncomingMessage, socket: Duplex): Promise<void> {
    // Frames can arrive while we check the caller; keep them until the document is ready.
    const early: Uint8Array[] = [];
    let conn: CollabConnection | null = null;
    let closed = false;
    ws.on('message', (data) => (conn ? conn.handle(toBytes(data)) : early.push(toBytes(data))));
    // ws reports a bad frame (too large: 1009, invalid: 1002/1007) after it has begun the closing
    // handshake itself; destroying the socket now would reset it before the close frame is read
    // (clients saw 1006). Let that handshake finish, and only end a socket that stays stuck.
    ws.on('error', () => {
      if (ws.readyState !== ws.CLOSING) return ws.terminate();
      setTimeout(() => ws.readyState !== ws.CLOSED && ws.terminate(), CLOSE_GRACE_MS).unref();
    });
    ws.on('close', () => {
      closed = true;
      if (conn) this.onClose(conn);
    });

    const sectionId = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length));
    // A page of another site must not open the document even with a token it somehow holds.
    if (!sameSiteOrigin(req.headers.origin, req.headers.host))
      return ws.close(CollabCloseCode.Forbidden, 'cross-site origin');
    const claims = verifyCollabToken(url.searchParams.get('token'), this.config.appSecret);
    if (!claims) return ws.close(CollabCloseCode.Unauthenticated, 'invalid or expired token');
    if (claims.sec !== sectionId) return ws.close(CollabCloseCode.Forbidden, 'token is for another section');

    // The token is ours and names this section: the session, the caller's standing and the document
    // are fetched at once (one wait instead of three); nothing is sent before all of them are checked.
    const loading = this.registry.acquire(sectionId);
    let handedOver = false;
    try {
      const [user, access] = await Promise.all([
        this.gate.sessionUser(claims.sid),
        this.gate.sectionFor(claims.sub, sectionId),
      ]);
      if (!user || user.id !== claims.sub) return ws.close(CollabCloseCode.Unauthenticated, 'session ended');
      if (!this.caps.acquire(claims.sub)) return ws.close(CollabCloseCode.TooManyConnections, 'too many connections');
      if (closed) this.caps.release(claims.sub);
      else ws.once('close', () => this.caps.release(claims.sub));
      if (!access) return ws.close(CollabCloseCode.NotFound, 'no such section');
      const actor = { userId: claims.sub, role: access.role };
      if (!can(actor, 'section.view', { status: access.status }))
        return ws.close(CollabCloseCode.Forbidden, 'not allowed');
      const role = access.role ?? 'parent';
      // The state may have moved while the document loaded; read it again after.
      const live = await loading;
      const status = this.statusOverrides.get(sectionId) ?? access.status;
      const writes = writePermissions(actor, status);
      if (closed) return;
      handedOver = true;
      conn = new CollabConnection(
        ws,
        live,
        { userId: user.id, name: user.name, role, color: presenceColor(user.id) },
        writes,
        claims.sid,
        { socket, batch: this.writes },
      );
      this.connections.add(conn);
      ws.on('pong', () => conn && (conn.alive = true));
      conn.start();
      for (const frame of early.splice(0)) conn.handle(frame);
      await this.gate.record({
        action: 'section.session_open',
        actorId: claims.sub,
        actorRole: role,
        studentId: access.studentId,
        sectionId,
        ip: req.socket.remoteAddress ?? null,
        detail: { editParts: [...conn.editParts], suggestOnlyParts: [...conn.suggestOnlyParts] },
      });
    } catch (err) {
      this.logger.error(`Document socket for ${sectionId} failed to open: ${(err as Error).message}`);
      ws.close(1011, 'document unavailable');
    } finally {
      // Refused or gone before the document was handed to a connection: let go of it once loaded.
      if (!handedOver) loading.then(() => this.registry.release(sectionId)).catch(() => undefined);
    }
  }

  private onClose(conn: CollabConnection): void {
    if (!this.connections.delete(conn)) return;
    conn.dispose();
    this.registry.release(conn.live.sectionId);
    void this.track(
      this.gate.record({
        action: 'section.session_close',
        actorId: conn.userId,
        actorRole: conn.identity.role,
        sectionId: conn.live.sectionId,
        detail: { durationMs: Date.now() - conn.openedAt, refusedUpdates: conn.refusedUpdates },
      }),
    ).catch((err: Error) => this.logger.warn(`Audit of a closed session failed: ${err.message}`));
  }
}
