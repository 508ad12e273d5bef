import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** y-websocket message types (the first varUint after any document-name prefix). */
export const MSG_SYNC = 0;
export const MSG_AWARENESS = 1;
export const MSG_AUTH = 2;
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

/**
 * How a server frames the y-websocket protocol: plain (ours, @y/websocket-server, the relay) or
 * Hocuspocus's, which prefixes every message with the document name and wants an auth message first.
 */
export type Framing = 'plain' | 'hocuspocus';

export function frame(framing: Framing, docName: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  if (framing === 'hocuspocus') encoding.writeVarString(encoder, docName);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function syncMessage(framing: Framing, docName: string, step: number, payload: Uint8Array): Uint8Array {
  return frame(framing, docName, (e) => {
    encoding.writeVarUint(e, MSG_SYNC);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
  });
}

export function awarenessFrame(framing: Framing, docName: string, update: Uint8Array): Uint8Array {
  return frame(framing, docName, (e) => {
    encoding.writeVarUint(e, MSG_AWARENESS);
    encoding.writeVarUint8Array(e, update);
  });
}

/** Hocuspocus's auth message (type Auth, sub-type Token); it holds every other message until it arrives. */
export function hocuspocusAuth(docName: string, token: string): Uint8Array {
  return frame('hocuspocus', docName, (e) => {
    encoding.writeVarUint(e, MSG_AUTH);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
  });
}

export type Incoming =
  | { kind: 'step1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array; step2: boolean }
  | { kind: 'other' };

/** Reads one incoming frame far enough to know what it is. */
export function readIncoming(framing: Framing, data: Uint8Array): Incoming {
  const decoder = decoding.createDecoder(data);
  if (framing === 'hocuspocus') decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== MSG_SYNC) return { kind: 'other' };
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === SYNC_STEP1) return { kind: 'step1', stateVector: payload };
  return { kind: 'update', update: payload, step2: step === SYNC_STEP2 };
}
