import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { PresenceUser } from '@iep/shared';
import { presenceEntries, presenceSignature, type PresenceEntry } from './presence';

/** Who is in the section now, from the provider's awareness (deduplicated per person). */
export function usePresence(awareness: Awareness | null, self: PresenceUser): PresenceEntry[] {
  const cache = useRef<{ signature: string; entries: PresenceEntry[] } | null>(null);

  const subscribe = useCallback(
    (onChange: () => void) => {
      if (awareness === null) return () => undefined;
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );

  const getSnapshot = useCallback((): PresenceEntry[] => {
    const states: Iterable<[number, unknown]> = awareness === null ? [] : awareness.getStates().entries();
    const entries = presenceEntries(states, self);
    const signature = presenceSignature(entries);
    const cached = cache.current;
    if (cached !== null && cached.signature === signature) return cached.entries;
    cache.current = { signature, entries };
    return entries;
  }, [awareness, self]);

  return useSyncExternalStore(subscribe, getSnapshot);
}
