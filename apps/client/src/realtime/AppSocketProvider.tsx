import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { commentKeys } from '../features/comments/api';
import { notificationKeys } from '../features/notifications/api';
import { createAppSocket, type AppSocket } from './socket';

const AppSocketContext = createContext<AppSocket | null>(null);

/** The signed-in person's app-events socket; null until connected once (and outside sign-in). */
export function useAppSocket(): AppSocket | null {
  return useContext(AppSocketContext);
}

/**
 * One socket.io connection per signed-in page: notifications arrive on it (the server puts it in
 * the person's own room), and comment threads once a section page joins its room. After every
 * reconnect, whatever was missed is fetched again.
 */
export function AppSocketProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [socket, setSocket] = useState<AppSocket | null>(null);

  useEffect(() => {
    const s = createAppSocket();
    let connectedBefore = false;
    const onConnect = (): void => {
      if (connectedBefore) {
        void queryClient.invalidateQueries({ queryKey: commentKeys.all });
        void queryClient.invalidateQueries({ queryKey: notificationKeys.list });
      }
      connectedBefore = true;
    };
    const onNotification = (): void => void queryClient.invalidateQueries({ queryKey: notificationKeys.list });
    // Removed from a team, a new role, authority revoked: everything shown may have changed.
    const onAccessChanged = (): void => void queryClient.invalidateQueries();
    s.on('connect', onConnect);
    s.on('notification:new', onNotification);
    s.on('access:changed', onAccessChanged);
    setSocket(s);
    return () => {
      s.off('connect', onConnect);
      s.off('notification:new', onNotification);
      s.off('access:changed', onAccessChanged);
      s.disconnect();
      setSocket(null);
    };
  }, [queryClient]);

  return <AppSocketContext value={socket}>{children}</AppSocketContext>;
}
