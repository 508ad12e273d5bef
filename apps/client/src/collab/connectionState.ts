import * as Y from 'yjs';

/** What the connection indicator says. `data-state` on the indicator carries the same value. */
export type ConnectionState = 'connecting' | 'saved' | 'saving' | 'offline';

/** The WebsocketProvider's own status events. */
export type ProviderStatus = 'connecting' | 'connected' | 'disconnected';

export interface ConnectionInputs {
  /** The provider's last status event. */
  providerStatus: ProviderStatus;
  /** Whether the document has completed a sync with the server at least once since the page opened. */
  hasSynced: boolean;
  /** navigator.onLine. */
  browserOnline: boolean;
  /** The connection was stopped for good (the server refused the document: 4403/4404/...). */
  stopped: boolean;
  /** Changes only this device holds: made here, not yet reported stored by the server. */
  pendingChanges: number;
}

/**
 * - Before the first sync: "connecting" (or "offline" when the browser knows it has no network).
 * - Not connected (provider status, browser offline, or stopped): "offline"; edits stay in the
 *   local Y.Doc and are sent when the socket comes back.
 * - Connected: "saving" while the server has not yet reported storing every local change, else "saved".
 */
export function computeConnectionState(inputs: ConnectionInputs): ConnectionState {
  if (inputs.stopped || !inputs.browserOnline) return 'offline';
  if (!inputs.hasSynced) return 'connecting';
  if (inputs.providerStatus !== 'connected') return 'offline';
  return inputs.pendingChanges > 0 ? 'saving' : 'saved';
}

/** This client's clock in `doc`: the number of changes it made (Yjs state-vector entry). */
export function localClockOf(doc: Y.Doc): number {
  return Y.decodeStateVector(Y.encodeStateVector(doc)).get(doc.clientID) ?? 0;
}
