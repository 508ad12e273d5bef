import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  awarenessFrame,
  hocuspocusAuth,
  readIncoming,
  syncMessage,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
} from '../proto';
import { now, type DocGroup, type Member } from './group';
import type { ClientSpec } from './specs';

export const PART = 'presentLevels';
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

/** Types into a paragraph of its own in the rich-text part an OT may edit (what the update guard accepts). */
export class Typist {
  readonly text = new Y.XmlText();
  private timers: NodeJS.Timeout[] = [];
  private cursor = 0;

  constructor(
    readonly doc: Y.Doc,
    private readonly group: DocGroup,
    private readonly setCursor: (position: number) => void,
  ) {}

  /** Adds this typist's paragraph (at the end of what it knows of the part). */
  addParagraph(): void {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [this.text]);
    const fragment = this.doc.getXmlFragment(PART);
    fragment.insert(fragment.length, [paragraph]);
  }

  keystroke(): void {
    const clock = Y.getState(this.doc.store, this.doc.clientID);
    this.group.recordSend(this.doc.clientID, clock, now());
    this.text.insert(this.text.length, String.fromCharCode(97 + (clock % 26)));
  }

  start(cps: number, cursorHz: number): void {
    const typeEvery = 1000 / cps;
    const moveEvery = 1000 / cursorHz;
    // Random phases, so the clients of a document do not type in lockstep.
    const t1 = setTimeout(
      () => this.timers.push(setInterval(() => this.keystroke(), typeEvery)),
      Math.random() * typeEvery,
    );
    const t2 = setTimeout(
      () => this.timers.push(setInterval(() => this.setCursor((this.cursor += 1)), moveEvery)),
      Math.random() * moveEvery,
    );
    this.timers.push(t1, t2);
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }
}

/**
 * A light client: ws plus y-protocols encoding. Viewers keep no document (they read each update's
 * client ids and clocks); editors keep only their own edits, so they stay cheap at scale.
 */
export class RawClient implements Member {
  readonly seenTo = new Map<number, number>();
  readonly clientId: number;
  readonly errors: string[] = [];
  private ws: WebSocket | null = null;
  private readonly doc: Y.Doc | null;
  private readonly awareness: awarenessProtocol.Awareness | null;
  readonly typist: Typist | null;
  private closing = false;
  /** Bytes of the last full sync received (sync step 2). */
  syncBytes = 0;

  constructor(
    private readonly spec: ClientSpec,
    private readonly group: DocGroup,
    /** Apply what arrives to a document (time-to-first-sync probes). */
    private readonly applyRemote = false,
  ) {
    this.doc = spec.role === 'editor' || applyRemote ? new Y.Doc() : null;
    this.clientId = spec.role === 'editor' && this.doc ? this.doc.clientID : -1;
    this.awareness = spec.role === 'editor' && this.doc ? new awarenessProtocol.Awareness(this.doc) : null;
    this.typist = spec.role === 'editor' && this.doc ? new Typist(this.doc, group, (p) => this.moveCursor(p)) : null;
    this.doc?.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this) this.send(syncMessage(this.spec.framing, this.spec.doc, SYNC_UPDATE, update));
    });
  }

  private send(data: Uint8Array): void {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) this.ws.send(data);
  }

  private moveCursor(position: number): void {
    if (!this.awareness) return;
    this.awareness.setLocalStateField('cursor', { anchor: position, head: position });
    this.send(
      awarenessFrame(
        this.spec.framing,
        this.spec.doc,
        awarenessProtocol.encodeAwarenessUpdate(this.awareness, [this.clientId]),
      ),
    );
  }

  /** Opens the socket and resolves with the time (ms) until the document is synced. */
  connect(timeoutMs = 30_000): Promise<number> {
    const started = performance.now();
    const { spec } = this;
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(spec.url, { perMessageDeflate: false });
      this.ws = ws;
      ws.binaryType = 'nodebuffer';
      let synced = false;
      const timer = setTimeout(() => fail(new Error(`no sync within ${timeoutMs} ms`)), timeoutMs);
      const done = (): void => {
        if (synced) return;
        synced = true;
        clearTimeout(timer);
        this.typist?.addParagraph();
        resolve(performance.now() - started);
      };
      const fail = (err: Error): void => {
        if (synced) return;
        synced = true;
        clearTimeout(timer);
        reject(err);
      };
      ws.on('open', () => {
        if (spec.framing === 'hocuspocus') ws.send(hocuspocusAuth(spec.doc, spec.hocusToken));
        if (spec.noSync) return done();
        const sv = this.doc ? Y.encodeStateVector(this.doc) : EMPTY_STATE_VECTOR;
        ws.send(syncMessage(spec.framing, spec.doc, SYNC_STEP1, sv));
      });
      ws.on('message', (raw: Buffer) => {
        const data = new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
        const msg = readIncoming(spec.framing, data);
        if (msg.kind === 'step1') {
          if (spec.noSync) return;
          const reply = this.doc ? Y.encodeStateAsUpdate(this.doc, msg.stateVector) : EMPTY_UPDATE;
          this.send(syncMessage(spec.framing, spec.doc, SYNC_STEP2, reply));
        } else if (msg.kind === 'update') {
          this.group.delivered(this, msg.update, now());
          if (this.applyRemote && this.doc) Y.applyUpdate(this.doc, msg.update, this);
          if (msg.step2) {
            this.syncBytes = msg.update.byteLength;
            done();
          }
        }
      });
      ws.on('error', (err) => fail(err));
      ws.on('close', (code, reason) => {
        if (!this.closing) this.errors.push(`socket closed ${code} ${reason.toString()}`);
        fail(new Error(`closed ${code} ${reason.toString()}`));
      });
    });
  }

  /** Sends a whole document's worth of content at once (building large documents). */
  pushContent(bytes: number): void {
    if (!this.doc) return;
    const fragment = this.doc.getXmlFragment(PART);
    const line = 'The student uses a pencil grip and slant board for handwriting tasks. ';
    const paragraphs: Y.XmlElement[] = [];
    for (let size = 0; size < bytes; size += 20 * line.length) {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(line.repeat(20))]);
      paragraphs.push(p);
    }
    fragment.insert(fragment.length, paragraphs);
  }

  close(): Promise<void> {
    this.closing = true;
    this.typist?.stop();
    this.awareness?.destroy();
    const ws = this.ws;
    if (!ws || ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        ws.terminate();
        resolve();
      }, 3000);
      ws.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      ws.close();
    });
  }
}
