import { useQuery } from '@tanstack/react-query';
import type { User } from '@iep/shared';
import { authKeys, fetchMe } from '../features/auth/api';

/** The session check: the user, null when signed out, undefined while loading. */
export function useMe() {
  return useQuery<User | null>({
    queryKey: authKeys.me,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: Infinity,
  });
}
