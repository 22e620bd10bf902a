import { useMemo } from 'react';
import { useSession } from '../app/session-context';

/** "Today" in the user's own time zone (the API's notion of a day), as YYYY-MM-DD. */
export function dayIn(timeZone: string, at: Date = new Date()): string {
  // en-CA formats as ISO (YYYY-MM-DD); the time zone decides which calendar day it is.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function useToday(): string {
  const session = useSession();
  const tz = session.status === 'signed-in' ? session.me.timeZone : Intl.DateTimeFormat().resolvedOptions().timeZone;
  return useMemo(() => dayIn(tz), [tz]);
}
