import { Navigate, Outlet, useLocation } from 'react-router';
import { AppLayout } from '../components/AppLayout';
import { FullPageStatus } from '../components/FullPageStatus';
import { RealtimeProvider } from '../realtime/RealtimeProvider';
import { CurrentUserContext } from './currentUser';
import { useMe } from './useMe';

/** Pages for signed-in users: anyone else goes to /login (and comes back after signing in). */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageStatus kind="loading" />;
  if (me.isError) return <FullPageStatus kind="error" onRetry={() => void me.refetch()} />;
  if (me.data === null) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return (
    <CurrentUserContext value={me.data}>
      <RealtimeProvider>
        <AppLayout user={me.data}>
          <Outlet />
        </AppLayout>
      </RealtimeProvider>
    </CurrentUserContext>
  );
}
