import { CollabCloseCode } from '@iep/shared';

/**
 * Why the live document stopped for good. 'refused': changes made offline would no longer be
 * taken (the section was locked meanwhile); the person gets their text back instead.
 */
export type CollabStopReason = 'forbidden' | 'notFound' | 'protocol' | 'tooBig' | 'unavailable' | 'refused';

/**
 * Close codes after which reconnecting cannot help. 4401 (bad or expired token) is NOT here: a
 * fresh token fixes it, so the provider reconnects with the one fetched on close.
 */
export function stopReasonForClose(code: number): CollabStopReason | null {
  switch (code) {
    case CollabCloseCode.Unauthenticated:
      return null;
    case CollabCloseCode.Forbidden:
      return 'forbidden';
    case CollabCloseCode.NotFound:
      return 'notFound';
    case CollabCloseCode.ProtocolError:
      return 'protocol';
    case CollabCloseCode.MessageTooBig:
      return 'tooBig';
    default:
      // Other 44xx codes: the server decided deliberately; anything else is transient.
      return code >= 4400 && code < 4500 ? 'unavailable' : null;
  }
}

/** The same decision for an HTTP status of the collab-token request. */
export function stopReasonForStatus(status: number): CollabStopReason | null {
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 401 || status === 408 || status === 429 || status >= 500) return null;
  return status >= 400 ? 'unavailable' : null;
}
