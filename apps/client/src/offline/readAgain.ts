import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Reads the page's answers again, through the service worker, so that it keeps them for offline use
 * (it keeps only what passes through it once it knows whose answers they are). Invalidation does not
 * restart a first load that is on its way: that read began around the worker and would never be
 * kept, so it is let finish and then read once more.
 */
export async function readAgainThroughWorker(client: QueryClient, first?: QueryKey): Promise<void> {
  const onTheirWay = client
    .getQueryCache()
    .findAll({ fetchStatus: 'fetching' })
    .map((query) => query.queryKey);
  if (first) await client.refetchQueries({ queryKey: first });
  await client.invalidateQueries();
  await Promise.all(onTheirWay.map((queryKey) => client.invalidateQueries({ queryKey, exact: true })));
}
