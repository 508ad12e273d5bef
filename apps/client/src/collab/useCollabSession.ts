import { useEffect, useState } from 'react';
import { presenceColor, type Role } from '@iep/shared';
import { fetchCollabToken } from '../features/section/api';
import { useRealtime } from '../realtime/RealtimeProvider';
import { CollabSession } from './session';

/**
 * Opens the section's live document for as long as the component is mounted (one session per
 * section and user) and tears everything down on unmount.
 */
export function useCollabSession(sectionId: string, userId: string, name: string, role: Role): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  const realtime = useRealtime();

  useEffect(() => {
    const created = new CollabSession(
      sectionId,
      { userId, name, role, color: presenceColor(userId) },
      { fetchToken: fetchCollabToken, realtime },
    );
    created.start();
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
  }, [sectionId, userId, name, role, realtime]);

  return session;
}
