import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CollabCloseCode, type CollabTokenResponse, type PresenceUser } from '@iep/shared';
import { ApiError } from '../api/http';
import { DeviceCopy } from '../offline/deviceCopy';
import { trackDocument } from '../offline/liveDocuments';
import { partTexts, type PartText } from '../offline/partTexts';
import { stopReasonForClose, stopReasonForStatus, type CollabStopReason } from './closeCodes';
import { computeConnectionState, localClockOf, type ConnectionState, type ProviderStatus } from './connectionState';
import { SectionRoom, type RoomsOnSocket } from './sectionRoom';
import { collabServerUrl } from './wsUrl';

export interface CollabSnapshot {
  readonly provider: WebsocketProvider | null;
  readonly connectionState: ConnectionState;
  readonly stopReason: CollabStopReason | null;
  /** The document can be shown: the device's copy was read, or the server's arrived. */
  readonly ready: boolean;
  /** Changes only this device holds (not reported stored by the server). */
  readonly pendingChanges: number;
  /** This device keeps a copy of the document (the district allows offline storage). */
  readonly kept: boolean;
  /** Some changes exist only in this tab: neither on the server nor written to the device. */
  readonly atRisk: boolean;
  /**
   * Changes made offline that the server would no longer take (the section was locked, or the
   * person lost the right to write a part meanwhile): their text, for the person to copy. The
   * session has stopped and deleted its copy; a new session shows the server's document.
   */
  readonly refused: readonly PartText[] | null;
}

export interface CollabSessionDeps {
  fetchToken: (sectionId: string) => Promise<CollabTokenResponse>;
  /** The tab's one socket.io connection and its section rooms (null: no "saved" reports). */
  realtime: RoomsOnSocket | null;
  /** IndexedDB name of this person's copy of the document; null keeps nothing on the device. */
  deviceName: string | null;
  /** The parts the person may write as the page knows them (its cached abilities). */
  writableParts: () => ReadonlySet<string>;
  /** The parts the person may write now, read fresh from the server (rejects when unreachable). */
  fetchWritableParts: () => Promise<ReadonlySet<string>>;
}

/** At most one token request per this interval when sockets keep closing (unless the server said 4401). */
const REFRESH_THROTTLE_MS = 5_000;
/** Earliest proactive token refresh. */
const MIN_REFRESH_DELAY_MS = 5_000;
const OPEN_RETRY_MAX_MS = 15_000;
/** How long a document reconnect waits for socket.io to rejoin the room first. */
const JOIN_WAIT_MAX_MS = 4_000;

/**
 * One OT section's live document: ONE Y.Doc, ONE WebsocketProvider (its awareness shared by all
 * editors), the collab token's lifecycle, and the `section:saved` reports from socket.io that
 * tell which local changes are stored. React subscribes through `subscribe`/`getSnapshot`.
 */
export class CollabSession {
  readonly ydoc = new Y.Doc();
  private readonly device: DeviceCopy;
  private provider: WebsocketProvider | null = null;
  private room: SectionRoom | null = null;
  private providerStatus: ProviderStatus = 'connecting';
  private hasSynced = false;
  private browserOnline = typeof navigator === 'undefined' ? true : navigator.onLine;
  private stopReason: CollabStopReason | null = null;
  private localClock = 0;
  private refused: readonly PartText[] | null = null;
  /** What holds the document socket back from (re)connecting: the room join, the rights check. */
  private readonly holds = new Set<'join' | 'rights'>();
  private rightsTimer: ReturnType<typeof setTimeout> | null = null;
  private rightsAttempt = 0;
  private untrack: (() => void) | null = null;
  private refreshing: Promise<void> | null = null;
  private lastRefreshAt = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private openRetryTimer: ReturnType<typeof setTimeout> | null = null;
  private joinWaitTimer: ReturnType<typeof setTimeout> | null = null;
  private started = false;
  private tokenReady = false;
  private opening = false;
  private openAttempt = 0;
  private destroyed = false;
  private readonly listeners = new Set<() => void>();
  private snapshot: CollabSnapshot;

  constructor(
    private readonly sectionId: string,
    private readonly self: PresenceUser,
    private readonly deps: CollabSessionDeps,
  ) {
    this.device = new DeviceCopy(deps.deviceName, this.ydoc, () => this.update());
    this.snapshot = this.nextSnapshot();
  }

  /** Changes only this device holds. */
  readonly pendingChanges = (): number => this.device.ledger.count;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): CollabSnapshot => this.snapshot;

  start(): void {
    if (this.started || this.destroyed) return;
    this.started = true;
    window.addEventListener('online', this.handleBrowserOnline);
    window.addEventListener('offline', this.handleBrowserOffline);
    this.ydoc.on('update', this.handleDocUpdate);
    this.untrack = trackDocument(this);
    const realtime = this.deps.realtime;
    if (realtime !== null) {
      this.room = new SectionRoom(this.sectionId, realtime, {
        onClocks: (clocks) => {
          this.device.markSaved(clocks);
          this.update();
        },
        onJoinSettled: () => this.release('join'),
      });
    }
    // The provider exists (unconnected) from the start, so the editors can open the device's copy
    // offline; it connects once a token arrives.
    this.createProvider();
    void this.openDocument(0);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.clearTimers();
    this.untrack?.();
    this.device.destroy();
    window.removeEventListener('online', this.handleBrowserOnline);
    window.removeEventListener('offline', this.handleBrowserOffline);
    this.ydoc.off('update', this.handleDocUpdate);
    this.room?.destroy();
    this.room = null;
    const provider = this.provider;
    if (provider !== null) {
      provider.off('status', this.handleStatus);
      provider.off('sync', this.handleSync);
      provider.off('connection-close', this.handleConnectionClose);
      provider.off('closed', this.handleClosed);
      provider.destroy();
      provider.awareness.destroy();
      this.provider = null;
    }
    this.ydoc.destroy();
    this.listeners.clear();
  }

  // --- document socket -------------------------------------------------------------------------

  private async openDocument(attempt: number): Promise<void> {
    if (this.openRetryTimer !== null) clearTimeout(this.openRetryTimer);
    this.openRetryTimer = null;
    if (this.opening) return;
    this.opening = true;
    try {
      // The device's copy first: what it holds decides whether the rights are checked first.
      await this.device.whenLoaded;
      const token = await this.deps.fetchToken(this.sectionId);
      if (this.destroyed || this.stopReason !== null) return;
      this.lastRefreshAt = Date.now();
      this.scheduleRefresh(token);
      const provider = this.provider;
      if (provider === null) return;
      provider.serverUrl = collabServerUrl(token.url, window.location.href);
      provider.params = { token: token.token };
      this.tokenReady = true;
      // Changes made offline wait for a fresh look at the person's rights before they are sent,
      // and for the room, where the server reports them stored.
      if (this.device.ledger.count > 0) {
        if (this.room !== null && !this.room.joined) this.hold('join');
        this.hold('rights');
      }
      if (this.holds.size === 0) provider.connect();
    } catch (error) {
      if (this.destroyed || this.handleTokenError(error)) return;
      // Offline or the server is down: try again with backoff (at once when the browser is back online).
      const delay = Math.min(1_000 * 2 ** attempt, OPEN_RETRY_MAX_MS);
      this.openAttempt = attempt + 1;
      this.openRetryTimer = setTimeout(() => void this.openDocument(attempt + 1), delay);
    } finally {
      this.opening = false;
    }
  }

  private createProvider(): void {
    const provider = new WebsocketProvider(
      collabServerUrl(`/collab/${encodeURIComponent(this.sectionId)}`, window.location.href),
      this.sectionId,
      this.ydoc,
      {
        connect: false,
        // 4401 (expired token) reconnects with the token fetched on close; 4403/4404/... stop.
        shouldReconnect: (event) => stopReasonForClose(event.code) === null,
      },
    );
    provider.awareness.setLocalStateField('user', this.self);
    provider.on('status', this.handleStatus);
    provider.on('sync', this.handleSync);
    provider.on('connection-close', this.handleConnectionClose);
    provider.on('closed', this.handleClosed);
    this.provider = provider;
    this.update();
  }

  private readonly handleStatus = (event: { status: ProviderStatus }): void => {
    this.providerStatus = event.status;
    this.update();
  };

  private readonly handleSync = (synced: boolean): void => {
    if (synced) this.hasSynced = true;
    this.update();
  };

  /** Tokens are checked only when a socket opens: get a fresh one before the provider reconnects. */
  private readonly handleConnectionClose = (event: CloseEvent | null): void => {
    if (this.destroyed || this.stopReason !== null) return;
    if (event !== null && stopReasonForClose(event.code) !== null) return;
    void this.refreshToken(event?.code === CollabCloseCode.Unauthenticated);
    if (this.room !== null && !this.room.joined) this.hold('join');
    if (this.device.ledger.count > 0) this.hold('rights');
  };

  /**
   * Holds the document socket back (it reconnects when every hold is released):
   * - 'join': changes made offline reach the server as soon as the socket reopens, and the server
   *   reports them stored once. When socket.io is out of the room then, that report is lost and
   *   the page would say "Saving…" until the next edit. So the socket waits (briefly) for the room.
   * - 'rights': changes made offline are sent only after a fresh look at what the person may write
   *   now. A section locked (approved) meanwhile would silently drop them: instead the person gets
   *   their text back (see `refuse`).
   */
  private hold(kind: 'join' | 'rights'): void {
    const provider = this.provider;
    if (provider === null || this.holds.has(kind)) return;
    provider.shouldConnect = false;
    this.holds.add(kind);
    if (kind === 'join') this.joinWaitTimer = setTimeout(() => this.release('join'), JOIN_WAIT_MAX_MS);
    else void this.checkRights();
  }

  private release(kind: 'join' | 'rights'): void {
    if (!this.holds.delete(kind)) return;
    if (kind === 'join' && this.joinWaitTimer !== null) clearTimeout(this.joinWaitTimer);
    if (kind === 'join') this.joinWaitTimer = null;
    if (this.destroyed || this.stopReason !== null || this.holds.size > 0 || !this.tokenReady) return;
    this.provider?.connect();
  }

  private async checkRights(): Promise<void> {
    if (this.rightsTimer !== null) clearTimeout(this.rightsTimer);
    this.rightsTimer = null;
    try {
      const writable = await this.deps.fetchWritableParts();
      if (this.destroyed || this.stopReason !== null) return;
      this.rightsAttempt = 0;
      if (this.device.ledger.lostRights(writable)) await this.refuse();
      else this.release('rights');
    } catch (error) {
      if (this.destroyed || this.stopReason !== null) return;
      if (error instanceof ApiError && error.status < 500 && error.status !== 408 && error.status !== 429) {
        // 403/404: the section is gone for this person; the token request will say so.
        this.release('rights');
        return;
      }
      // Unreachable: ask again (at once when the browser comes back online).
      const delay = Math.min(1_000 * 2 ** this.rightsAttempt, OPEN_RETRY_MAX_MS);
      this.rightsAttempt++;
      this.rightsTimer = setTimeout(() => void this.checkRights(), delay);
    }
  }

  /** The server would not take the changes made offline: hand their text over, drop the copy. */
  private async refuse(): Promise<void> {
    this.refused = partTexts(this.ydoc);
    this.stopReason = 'refused';
    this.clearTimers();
    this.provider?.disconnect();
    await this.device.discard();
    this.update();
  }

  private readonly handleClosed = (event: { code: number; reason: string }): void => {
    this.stop(stopReasonForClose(event.code) ?? 'unavailable');
  };

  private stop(reason: CollabStopReason): void {
    if (this.stopReason !== null) return;
    this.stopReason = reason;
    this.clearTimers();
    this.provider?.disconnect();
    this.update();
  }

  // --- tokens ----------------------------------------------------------------------------------

  private refreshToken(force: boolean): Promise<void> {
    if (this.refreshing !== null) return this.refreshing;
    if (!force && Date.now() - this.lastRefreshAt < REFRESH_THROTTLE_MS) return Promise.resolve();
    this.lastRefreshAt = Date.now();
    const refresh = (async () => {
      try {
        const token = await this.deps.fetchToken(this.sectionId);
        if (this.destroyed || this.stopReason !== null) return;
        this.scheduleRefresh(token);
        // Read by the provider when it opens its next socket (the URL getter adds the params).
        if (this.provider !== null) this.provider.params = { token: token.token };
      } catch (error) {
        // Network trouble: the next close (or the timer) tries again.
        if (!this.destroyed) this.handleTokenError(error);
      } finally {
        this.refreshing = null;
      }
    })();
    this.refreshing = refresh;
    return refresh;
  }

  /** Keeps a valid token in the provider's params so a reconnect rarely needs a 4401 round trip. */
  private scheduleRefresh(token: CollabTokenResponse): void {
    if (this.refreshTimer !== null) clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
    const lifetime = Date.parse(token.expiresAt) - Date.now();
    if (!Number.isFinite(lifetime) || lifetime <= 0) return;
    const delay = Math.max(MIN_REFRESH_DELAY_MS, Math.floor(lifetime * 0.8));
    this.refreshTimer = setTimeout(() => void this.refreshToken(true), delay);
  }

  /** True when the error ends the attempts (terminal answer, or signed out: the app handles 401). */
  private handleTokenError(error: unknown): boolean {
    if (!(error instanceof ApiError)) return false;
    if (error.status === 401) return true;
    const reason = stopReasonForStatus(error.status);
    if (reason === null) return false;
    this.stop(reason);
    return true;
  }

  // --- state -----------------------------------------------------------------------------------

  private readonly handleDocUpdate = (): void => {
    // A change of this device's own client: one more change only this device holds.
    const clock = localClockOf(this.ydoc);
    if (clock > this.localClock && this.stopReason === null) {
      this.localClock = clock;
      this.device.recordLocal(this.ydoc.clientID, clock, this.deps.writableParts());
      // Made while disconnected: the socket reconnects only after a fresh look at the rights.
      if (this.providerStatus !== 'connected' && this.tokenReady) this.hold('rights');
    }
    this.update();
  };

  private readonly handleBrowserOnline = (): void => {
    this.browserOnline = true;
    if (!this.tokenReady && !this.destroyed && this.stopReason === null) void this.openDocument(this.openAttempt);
    if (this.holds.has('rights') && this.rightsTimer !== null) void this.checkRights();
    // Rejoin the room at once rather than after socket.io's backoff, so the "saved" report for
    // the changes the document socket is about to send is not missed.
    this.room?.reconnectNow();
    this.update();
  };

  private readonly handleBrowserOffline = (): void => {
    this.browserOnline = false;
    this.update();
  };

  private nextSnapshot(): CollabSnapshot {
    const pendingChanges = this.device.ledger.count;
    return {
      provider: this.provider,
      connectionState: computeConnectionState({
        providerStatus: this.providerStatus,
        hasSynced: this.hasSynced,
        browserOnline: this.browserOnline,
        stopped: this.stopReason !== null,
        pendingChanges,
      }),
      stopReason: this.stopReason,
      ready: this.device.loaded && (this.hasSynced || this.device.kept),
      pendingChanges,
      kept: this.device.kept,
      atRisk: (pendingChanges > 0 && !this.device.stored) || this.refused !== null,
      refused: this.refused,
    };
  }

  /** Publishes a new snapshot only when something visible changed. */
  private update(): void {
    if (this.destroyed) return;
    const next = this.nextSnapshot();
    const current = this.snapshot;
    const keys = Object.keys(next) as (keyof CollabSnapshot)[];
    if (keys.every((key) => next[key] === current[key])) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  private clearTimers(): void {
    if (this.refreshTimer !== null) clearTimeout(this.refreshTimer);
    if (this.openRetryTimer !== null) clearTimeout(this.openRetryTimer);
    if (this.joinWaitTimer !== null) clearTimeout(this.joinWaitTimer);
    if (this.rightsTimer !== null) clearTimeout(this.rightsTimer);
    this.refreshTimer = null;
    this.openRetryTimer = null;
    this.joinWaitTimer = null;
    this.rightsTimer = null;
  }
}
