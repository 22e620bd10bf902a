import { useMemo } from 'react';
import { useSession } from '../app/session-context';
import { dateFormat } from '../i18n/intl-cache';

/** "Today" in the user's own time zone (the API's notion of a day), as YYYY-MM-DD. */
export function dayIn(timeZone: string, at: Date = new Date()): string {
  // en-CA formats as ISO (YYYY-MM-DD); the time zone decides which calendar day it is.
  return dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function useToday(): string {
  const session = useSession();
  const tz = session.status === 'signed-in' ? session.me.timeZone : dateFormat(undefined).resolvedOptions().timeZone;
  return useMemo(() => dayIn(tz), [tz]);
}
