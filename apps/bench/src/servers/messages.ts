/** The stats channel between the coordinator and a server child (process IPC). */
export type ServerKind = 'ours' | 'ours-pg' | 'yws' | 'hocuspocus' | 'relay';
/** The servers every run races; ours on PostgreSQL joins the full run where DATABASE_URL is set. */
export const SERVER_KINDS: readonly ServerKind[] = ['ours', 'yws', 'hocuspocus', 'relay'];
export const ALL_KINDS: readonly ServerKind[] = ['ours', 'ours-pg', 'yws', 'hocuspocus', 'relay'];
export const isOurs = (kind: ServerKind): boolean => kind === 'ours' || kind === 'ours-pg';
export const SERVER_LABELS: Record<ServerKind, string> = {
  ours: 'ours (PGlite)',
  'ours-pg': 'ours (PostgreSQL)',
  yws: '@y/websocket-server 0.1.1',
  hocuspocus: 'Hocuspocus 3.4.4 + database',
  relay: 'plain relay (no Yjs)',
};

export interface StatsRequest {
  type: 'stats';
  id: number;
  /** Run a full GC first (the child runs with --expose-gc), for heap figures. */
  gc: boolean;
  /** Start a new window for the event-loop delay histogram after answering. */
  reset: boolean;
}

export interface ServerStats {
  type: 'stats';
  id: number;
  /** Process CPU time so far, user + system, in ms. */
  cpuMs: number;
  rss: number;
  heapUsed: number;
  /** Event-loop delay in the window since the last reset, ms. */
  eldP99: number;
  eldMax: number;
  /** Bytes this process caused to be written to storage (/proc/self/io write_bytes), or null. */
  diskWriteBytes: number | null;
  /** Bytes handed to the database layer (Hocuspocus's store callback), or null where not seen. */
  storeBytes: number | null;
  /** Documents the server holds in memory, or null where it does not say. */
  docs: number | null;
}

export interface ReadyMessage {
  type: 'ready';
  port: number;
}
