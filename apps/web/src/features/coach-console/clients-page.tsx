import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useAcceptLink, useClients, useCoachLinks, useInviteClient } from '../../hooks/use-coaching';
import { Field } from '../auth/auth-form';
import { AdherenceOverview } from './adherence-overview';

/** The coach's home: active clients, their adherence, invitations waiting, and inviting someone new. */
export function ClientsPage() {
  const { t } = useTranslation();
  const clients = useClients();
  const links = useCoachLinks();
  const accept = useAcceptLink();
  const invite = useInviteClient();
  const [email, setEmail] = useState('');
  const pending = links.data?.filter((l) => l.status === 'pending' && l.initiatedBy === 'client') ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (email) invite.mutate({ email, scopes: ['read', 'write'] }, { onSuccess: () => setEmail('') });
  };
  return (
    <div className="stack">
      <section className="card" aria-labelledby="clients-title">
        <h1 id="clients-title">{t('coachConsole.title')}</h1>
        {clients.isPending && <Loading />}
        {clients.isError && <ErrorState onRetry={() => void clients.refetch()} />}
        {clients.data && clients.data.length === 0 && <Empty>{t('coachConsole.noClients')}</Empty>}
        <ul className="entries" data-testid="client-list">
          {clients.data?.map((c) => (
            <li key={c.id}>
              <Link to={`/clients/${c.id}`}>{c.displayName ?? c.email}</Link>
              <small>{c.scopes.map((s) => t(`coachConsole.scopes.${s}`)).join(', ')}</small>
              <span />
            </li>
          ))}
        </ul>
      </section>
      <AdherenceOverview />
      <section className="card" aria-labelledby="requests-title">
        <h2 id="requests-title">{t('coachConsole.requests')}</h2>
        {links.data && pending.length === 0 && <Empty>{t('coachConsole.noRequests')}</Empty>}
        <ul className="entries">
          {pending.map((l) => (
            <li key={l.id}>
              <span>{l.counterpartName ?? l.inviteEmail ?? l.clientId}</span>
              <small>{l.scopes.map((s) => t(`coachConsole.scopes.${s}`)).join(', ')}</small>
              <button type="button" className="btn primary" onClick={() => accept.mutate(l.id)} disabled={accept.isPending}>
                {t('coachConsole.accept')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <form className="stack" onSubmit={submit}>
          <h2>{t('coachConsole.inviteTitle')}</h2>
          <Field label={t('auth.email')}>{(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}</Field>
          {invite.isError && <p role="alert" className="bad">{t('state.error')}</p>}
          {invite.isSuccess && <p role="status">{t('coachConsole.invited')}</p>}
          <button type="submit" className="btn">
            {t('coachConsole.invite')}
          </button>
        </form>
      </section>
    </div>
  );
}
