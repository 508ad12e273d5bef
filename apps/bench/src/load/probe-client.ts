import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { Typist } from './raw-client';
import { now, type DocGroup, type Member } from './group';
import type { ClientSpec } from './specs';

/** A real y-websocket WebsocketProvider, as browsers run it: applies everything it receives. */
export class ProbeClient implements Member {
  readonly seenTo = new Map<number, number>();
  readonly clientId: number;
  readonly errors: string[] = [];
  readonly typist: Typist | null;
  private readonly doc = new Y.Doc();
  private provider: WebsocketProvider | null = null;

  constructor(
    private readonly spec: ClientSpec,
    private readonly group: DocGroup,
  ) {
    this.clientId = spec.role === 'editor' ? this.doc.clientID : -1;
    this.typist = spec.role === 'editor' ? new Typist(this.doc, group, (p) => this.moveCursor(p)) : null;
  }

  private moveCursor(position: number): void {
    this.provider?.awareness.setLocalStateField('cursor', { anchor: position, head: position });
  }

  connect(timeoutMs = 30_000): Promise<number> {
    const started = performance.now();
    const provider = new WebsocketProvider(this.spec.providerBase, this.spec.providerRoom, this.doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      params: this.spec.params,
      disableBc: true,
      maxBackoffTime: 500,
    });
    this.provider = provider;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === provider) this.group.delivered(this, update, now());
    });
    provider.on('connection-close', (event) => {
      if (this.provider) this.errors.push(`probe socket closed ${event?.code ?? ''}`);
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`probe: no sync within ${timeoutMs} ms`)), timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.typist?.addParagraph();
        resolve(performance.now() - started);
      };
      if (this.spec.noSync) provider.on('status', (e) => e.status === 'connected' && done());
      else provider.once('sync', (synced: boolean) => synced && done());
    });
  }

  close(): Promise<void> {
    this.typist?.stop();
    const provider = this.provider;
    this.provider = null;
    provider?.destroy();
    return Promise.resolve();
  }
}
