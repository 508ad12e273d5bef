import type { Framing } from '../proto';

/** One client a load worker runs. */
export interface ClientSpec {
  doc: string;
  /** Full socket URL (raw clients). */
  url: string;
  framing: Framing;
  role: 'editor' | 'viewer';
  /** A real y-websocket WebsocketProvider instead of a raw client. */
  probe: boolean;
  /** For probes: the provider's server URL, room and query params. */
  providerBase: string;
  providerRoom: string;
  params: Record<string, string>;
  /** The server does not answer sync (the relay): synced means open. */
  noSync: boolean;
  /** Hocuspocus's auth token (any string; it has no auth hook). */
  hocusToken: string;
}

export type WorkerRequest =
  | { type: 'setup'; clients: ClientSpec[] }
  | { type: 'sends' }
  | { type: 'type'; durationMs: number; cps: number; cursorHz: number }
  | { type: 'drain'; timeoutMs: number; table: Record<string, number[]> }
  | { type: 'close' }
  | { type: 'push'; spec: ClientSpec; bytes: number }
  | { type: 'sync-probe'; spec: ClientSpec; repeats: number }
  | { type: 'cycles'; specs: ClientSpec[]; count: number; concurrency: number };

export interface DrainResult {
  type: 'result';
  hist: import('../histogram').HistogramData;
  keystrokes: number;
  expected: number;
  received: number;
  errors: string[];
  workerEldP99: number;
}

export type WorkerReply =
  | { type: 'setup-done'; syncMs: number[]; errors: string[] }
  | { type: 'typed' }
  | { type: 'sends'; sends: Record<string, number[]> }
  | DrainResult
  | { type: 'closed' }
  | { type: 'pushed'; bytes: number; errors: string[] }
  | { type: 'synced'; ms: number[]; bytes: number; errors: string[] }
  | { type: 'cycles-done'; ok: number; errors: string[]; ms: number };
