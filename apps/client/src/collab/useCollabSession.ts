import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { presenceColor, writableParts, type Role, type SectionAbilities } from '@iep/shared';
import { fetchCollabToken, fetchSection, sectionKeys } from '../features/section/api';
import { deviceDocName, offlineStorageEnabled } from '../offline/deviceStorage';
import { useRealtime } from '../realtime/RealtimeProvider';
import { CollabSession } from './session';

export interface CollabSessionOptions {
  sectionId: string;
  userId: string;
  name: string;
  role: Role;
  /** The person's abilities as the page knows them (cached ones too, offline). */
  abilities: SectionAbilities;
  /** A new value opens a new session (after one handed back changes the server would not take). */
  generation: number;
}

/**
 * Opens the section's live document for as long as the component is mounted (one session per
 * section and user) and tears everything down on unmount. With offline storage on, the document
 * is kept on the device for this person.
 */
export function useCollabSession(options: CollabSessionOptions): CollabSession | null {
  const { sectionId, userId, name, role, abilities, generation } = options;
  const [session, setSession] = useState<CollabSession | null>(null);
  const realtime = useRealtime();
  const queryClient = useQueryClient();
  const writable = useRef<ReadonlySet<string>>(writableParts(abilities));
  writable.current = writableParts(abilities);

  useEffect(() => {
    const created = new CollabSession(
      sectionId,
      { userId, name, role, color: presenceColor(userId) },
      {
        fetchToken: fetchCollabToken,
        realtime,
        deviceName: offlineStorageEnabled() ? deviceDocName(userId, sectionId) : null,
        writableParts: () => writable.current,
        // A fresh read, which the page then renders from too (a lock shows at once); never an
        // answer the service worker kept from before the drop.
        fetchWritableParts: async () => {
          const section = await queryClient.fetchQuery({
            queryKey: sectionKeys.detail(sectionId),
            queryFn: ({ signal }) => fetchSection(sectionId, signal, true),
            staleTime: 0,
          });
          return writableParts(section.permissions);
        },
      },
    );
    created.start();
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
  }, [sectionId, userId, name, role, realtime, queryClient, generation]);

  return session;
}
