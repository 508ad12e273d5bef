import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { User } from '@iep/shared';
import { authKeys, logout } from '../features/auth/api';
import { deleteDeviceDataOf } from '../offline/deviceStorage';
import { writeAnswer } from '../api/queryAnswers';

/**
 * Ends the session, forgets every cached answer and goes to the sign-in page. What the browser
 * kept of this person for offline work (documents, API answers) is deleted too: on a shared
 * school computer nothing of theirs stays for the next person.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      const me = queryClient.getQueryData<User | null>(authKeys.me);
      // Requested now; an open document's database is deleted as soon as its page closes it.
      if (me) void deleteDeviceDataOf(me.id);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.me[0] });
      writeAnswer(queryClient, authKeys.me, null);
      void navigate('/login', { replace: true });
    },
  });
}
