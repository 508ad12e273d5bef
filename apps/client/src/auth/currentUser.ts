import { createContext, useContext } from 'react';
import type { User } from '@iep/shared';

export const CurrentUserContext = createContext<User | null>(null);

/** The signed-in user; only for pages rendered inside <RequireAuth>. */
export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (user === null) throw new Error('useCurrentUser needs a signed-in user (render inside <RequireAuth>)');
  return user;
}
