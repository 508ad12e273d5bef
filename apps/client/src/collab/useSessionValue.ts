import { useCallback, useSyncExternalStore } from 'react';
import type { CollabSession, CollabSnapshot } from './session';

/**
 * One value of the session's snapshot: the component re-renders only when that value changes.
 * The snapshot changes on nearly every keystroke (the count of unsaved changes, saving ↔ saved);
 * a page that read it whole re-rendered every panel of the section per key pressed. `select`
 * must answer a primitive or a reference the snapshot keeps (the provider, `refused`).
 */
export function useSessionValue<T>(session: CollabSession, select: (snapshot: CollabSnapshot) => T): T {
  const read = useCallback(() => select(session.getSnapshot()), [session, select]);
  return useSyncExternalStore(session.subscribe, read);
}
