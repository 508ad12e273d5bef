import { useQuery } from '@tanstack/react-query';
import type { User } from '@iep/shared';
import { fetchMe } from '../api/auth';
import { queryKeys } from '../api/queryKeys';

/** The session check: the user, null when signed out, undefined while loading. */
export function useMe() {
  return useQuery<User | null>({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: Infinity,
  });
}
