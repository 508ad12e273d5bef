import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { PresenceUser } from '@iep/shared';

/** How many Yjs client ids one socket may speak for (one doc per socket: one id, some slack). */
export const MAX_CLIENTS_PER_CONNECTION = 4;

export interface AwarenessOwner {
  /** Client ids this socket has claimed. */
  readonly clientIds: Set<number>;
}

/**
 * Rewrites an awareness update from a client: every state it sets is stamped with the server's idea
 * of who the sender is (a client cannot show up under another person's name), and entries for
 * client ids that another socket owns are dropped. Throws on a malformed update.
 */
export function stampAwarenessUpdate(
  update: Uint8Array,
  identity: PresenceUser,
  owner: AwarenessOwner,
  isOwnedElsewhere: (clientId: number) => boolean,
  knownClock: (clientId: number) => number | undefined,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const encoder = encoding.createEncoder();
  const count = decoding.readVarUint(decoder);
  const entries: { clientId: number; clock: number; state: string }[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const raw = decoding.readVarString(decoder);
    if (isOwnedElsewhere(clientId)) continue;
    const parsed: unknown = JSON.parse(raw);
    if (!owner.clientIds.has(clientId)) {
      // y-websocket clients echo other people's states back. An echo never carries news (its
      // clock is not ahead of ours) and must not let this socket claim that id.
      const known = knownClock(clientId);
      if (parsed === null || (known !== undefined && clock <= known)) continue;
      if (owner.clientIds.size >= MAX_CLIENTS_PER_CONNECTION) continue;
      owner.clientIds.add(clientId);
    }
    if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed)))
      throw new Error('awareness state is not an object');
    const state = parsed === null ? null : { ...(parsed as Record<string, unknown>), user: identity };
    entries.push({ clientId, clock, state: JSON.stringify(state) });
  }
  if (entries.length === 0) return null;
  encoding.writeVarUint(encoder, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(encoder, e.clientId);
    encoding.writeVarUint(encoder, e.clock);
    encoding.writeVarString(encoder, e.state);
  }
  return encoding.toUint8Array(encoder);
}
