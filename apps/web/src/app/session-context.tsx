import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, startTransition, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { Loading } from '../components/states';
import { type Me, onSessionChange, restoreSession } from '../api/session';

type SessionState = { status: 'restoring' } | { status: 'signed-out' } | { status: 'signed-in'; me: Me };

const SessionContext = createContext<SessionState>({ status: 'restoring' });

/** Restores the session from the refresh cookie once, then follows sign-in and sign-out. */
export function SessionProvider({ children, initial }: { children: ReactNode; initial?: SessionState }) {
  const [state, setState] = useState<SessionState>(initial ?? { status: 'restoring' });
  const queryClient = useQueryClient();
  useEffect(() => {
    const off = onSessionChange((me) => {
      // Another person may sign in on this tab: never show them the previous one's cache.
      if (!me) queryClient.clear();
      setState(me ? { status: 'signed-in', me } : { status: 'signed-out' });
    });
    // Usually already under way (main.tsx); its answer may have come before this listener. The
    // signed-in tree it reveals renders as a transition: in slices, not one long task.
    if (!initial)
      void restoreSession().then((me) => startTransition(() => setState(me ? { status: 'signed-in', me } : { status: 'signed-out' })));
    return () => {
      off();
    };
  }, [initial, queryClient]);
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);

export function useMe(): Me {
  const session = useSession();
  if (session.status !== 'signed-in') throw new Error('useMe outside a signed-in route');
  return session.me;
}

/** Routes inside need a session; without one the user goes to sign in and comes back after. */
export function RequireAuth({ children, role }: { children: ReactNode; role?: 'coach' | 'admin' }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <Loading />;
  if (session.status === 'signed-out') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  // Say why rather than silently sending the person elsewhere.
  if (role && !session.me.roles.includes(role)) return <Forbidden role={role} />;
  return <>{children}</>;
}

function Forbidden({ role }: { role: 'coach' | 'admin' }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">{t('app.forbidden')}</h1>
      <p>{t(role === 'coach' ? 'app.forbiddenCoach' : 'app.forbiddenAdmin')}</p>
      <Link to="/">{t('app.backHome')}</Link>
    </section>
  );
}
