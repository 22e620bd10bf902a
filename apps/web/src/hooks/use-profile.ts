import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateMe } from '../api/me.api';
import { updateSessionUser } from '../api/session';

/**
 * Saves profile fields. The session's copy of the profile follows at once (names, "today",
 * units depend on it), and every query is refetched: targets and summaries derive from it.
 */
export function useUpdateMe() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => {
      updateSessionUser(me);
      void qc.invalidateQueries();
    },
  });
}
