import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Realtime } from './realtime';
import type { AppSocket } from './socket';

const RealtimeContext = createContext<Realtime | null>(null);

/** The tab's realtime connection (null outside sign-in). */
export function useRealtime(): Realtime | null {
  return useContext(RealtimeContext);
}

/**
 * Holds the section's room while the calling component is mounted (joined once for all of the
 * page's holders, left when the last one goes), and answers the tab's socket (null outside sign-in)
 * for what a feature sends or listens to itself.
 */
export function useSectionRoom(sectionId: string): AppSocket | null {
  const realtime = useRealtime();
  useEffect(() => {
    if (realtime === null) return;
    const lease = realtime.rooms.acquire(sectionId);
    return () => lease.release();
  }, [realtime, sectionId]);
  return realtime?.socket ?? null;
}

/**
 * One socket.io connection per signed-in tab, shared by every feature: notifications arrive on it
 * (the server puts it in the person's own room), section events once a page holds the section's
 * room. Events refresh the queries through the one map in eventQueries.ts.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  // Made once, connected only while mounted (made without connecting).
  const [realtime] = useState(() => new Realtime());
  useEffect(() => realtime.start(queryClient), [realtime, queryClient]);
  return <RealtimeContext value={realtime}>{children}</RealtimeContext>;
}
