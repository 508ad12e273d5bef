import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CollabCloseCode, type CollabTokenResponse, type PresenceUser } from '@iep/shared';
import { ApiError } from '../api/http';
import { stopReasonForClose, stopReasonForStatus, type CollabStopReason } from './closeCodes';
import {
  computeConnectionState,
  localClockOf,
  mergeSavedClock,
  type ConnectionState,
  type ProviderStatus,
} from './connectionState';
import { SectionRoom, type RoomsOnSocket } from './sectionRoom';
import { collabServerUrl } from './wsUrl';

export interface CollabSnapshot {
  readonly provider: WebsocketProvider | null;
  readonly connectionState: ConnectionState;
  readonly stopReason: CollabStopReason | null;
}

export interface CollabSessionDeps {
  fetchToken: (sectionId: string) => Promise<CollabTokenResponse>;
  /** The tab's one socket.io connection and its section rooms (null: no "saved" reports). */
  realtime: RoomsOnSocket | null;
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
  private provider: WebsocketProvider | null = null;
  private room: SectionRoom | null = null;
  private providerStatus: ProviderStatus = 'connecting';
  private hasSynced = false;
  private browserOnline = typeof navigator === 'undefined' ? true : navigator.onLine;
  private stopReason: CollabStopReason | null = null;
  private savedClock = 0;
  private refreshing: Promise<void> | null = null;
  private lastRefreshAt = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private openRetryTimer: ReturnType<typeof setTimeout> | null = null;
  private joinWaitTimer: ReturnType<typeof setTimeout> | null = null;
  private started = false;
  private destroyed = false;
  private readonly listeners = new Set<() => void>();
  private snapshot: CollabSnapshot;

  constructor(
    private readonly sectionId: string,
    private readonly self: PresenceUser,
    private readonly deps: CollabSessionDeps,
  ) {
    this.snapshot = { provider: null, connectionState: this.computeState(), stopReason: null };
  }

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
    const realtime = this.deps.realtime;
    if (realtime !== null) {
      this.room = new SectionRoom(this.sectionId, realtime, {
        onClocks: (clocks) => {
          this.savedClock = mergeSavedClock(this.savedClock, clocks, this.ydoc.clientID);
          this.update();
        },
        onJoinSettled: this.resumeReconnect,
      });
    }
    void this.openDocument(0);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.clearTimers();
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
    try {
      const token = await this.deps.fetchToken(this.sectionId);
      if (this.destroyed || this.stopReason !== null) return;
      this.lastRefreshAt = Date.now();
      this.scheduleRefresh(token);
      this.createProvider(token);
    } catch (error) {
      if (this.destroyed || this.handleTokenError(error)) return;
      // Offline or the server is down: try again with backoff, the page keeps saying why.
      const delay = Math.min(1_000 * 2 ** attempt, OPEN_RETRY_MAX_MS);
      this.openRetryTimer = setTimeout(() => void this.openDocument(attempt + 1), delay);
    }
  }

  private createProvider(token: CollabTokenResponse): void {
    const provider = new WebsocketProvider(
      collabServerUrl(token.url, window.location.href),
      this.sectionId,
      this.ydoc,
      {
        params: { token: token.token },
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
    if (this.room !== null && !this.room.joined) this.holdReconnectUntilJoined();
  };

  /**
   * Changes made offline reach the server as soon as the document socket reopens, and the server
   * reports them stored once. When socket.io is out of the room then, that report is lost and the
   * page would say "Saving…" until the next edit. So the document socket waits (briefly) for the
   * room to be rejoined before it reconnects.
   */
  private holdReconnectUntilJoined(): void {
    const provider = this.provider;
    if (provider === null || this.joinWaitTimer !== null) return;
    provider.shouldConnect = false;
    this.joinWaitTimer = setTimeout(this.resumeReconnect, JOIN_WAIT_MAX_MS);
  }

  private readonly resumeReconnect = (): void => {
    if (this.joinWaitTimer === null) return;
    clearTimeout(this.joinWaitTimer);
    this.joinWaitTimer = null;
    if (this.destroyed || this.stopReason !== null) return;
    this.provider?.connect();
  };

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
    this.update();
  };

  private readonly handleBrowserOnline = (): void => {
    this.browserOnline = true;
    // Rejoin the room at once rather than after socket.io's backoff, so the "saved" report for
    // the changes the document socket is about to send is not missed.
    this.room?.reconnectNow();
    this.update();
  };

  private readonly handleBrowserOffline = (): void => {
    this.browserOnline = false;
    this.update();
  };

  private computeState(): ConnectionState {
    return computeConnectionState({
      providerStatus: this.providerStatus,
      hasSynced: this.hasSynced,
      browserOnline: this.browserOnline,
      stopped: this.stopReason !== null,
      localClock: localClockOf(this.ydoc),
      savedClock: this.savedClock,
    });
  }

  /** Publishes a new snapshot only when something visible changed (not on every keystroke). */
  private update(): void {
    if (this.destroyed) return;
    const next: CollabSnapshot = {
      provider: this.provider,
      connectionState: this.computeState(),
      stopReason: this.stopReason,
    };
    const current = this.snapshot;
    if (
      next.provider === current.provider &&
      next.connectionState === current.connectionState &&
      next.stopReason === current.stopReason
    ) {
      return;
    }
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  private clearTimers(): void {
    if (this.refreshTimer !== null) clearTimeout(this.refreshTimer);
    if (this.openRetryTimer !== null) clearTimeout(this.openRetryTimer);
    if (this.joinWaitTimer !== null) clearTimeout(this.joinWaitTimer);
    this.refreshTimer = null;
    this.openRetryTimer = null;
    this.joinWaitTimer = null;
  }
}
