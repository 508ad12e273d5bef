import type { QueryClient, QueryKey, Updater } from '@tanstack/react-query';

/**
 * Writes what the server has just said (a mutation's answer, a socket event, a sign-out) into one
 * cached query. A fetch of that query still in flight may have been answered before the change: its
 * answer would land afterwards and put the old state back (a renamed person shown with the old name
 * after the service worker's "who am I" refetch). So that fetch is replaced by a new one, asked
 * after the change; with nothing in flight nothing more is asked.
 */
export function writeAnswer<T>(
  client: QueryClient,
  queryKey: QueryKey,
  update: Updater<T | undefined, T | undefined>,
): void {
  const inFlight = client.getQueryState(queryKey)?.fetchStatus === 'fetching';
  client.setQueryData<T>(queryKey, update);
  // cancelRefetch (the default) cancels the older fetch without putting back the state before it.
  if (inFlight) void client.refetchQueries({ queryKey, exact: true });
}
