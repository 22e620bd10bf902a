import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scope } from '../../api/coach.api';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useEndLinkAsClient, useInviteCoach, useMyCoachLinks } from '../../hooks/use-coaching';
import { Field } from '../auth/auth-form';

const SCOPES: Scope[] = ['read', 'write', 'message'];

/** The client's side of coaching: invite a coach with explicit consent, see and end links. */
export function CoachLinksSection() {
  const { t } = useTranslation();
  const links = useMyCoachLinks();
  const invite = useInviteCoach();
  const end = useEndLinkAsClient();
  const [email, setEmail] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['read']);
  const toggle = (s: Scope) => setScopes((cur) => (cur.includes(s) ? cur.filter((x) => x !== s) : [...cur, s]));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (email && scopes.length > 0) invite.mutate({ email, scopes }, { onSuccess: () => setEmail('') });
  };
  const current = links.data?.filter((l) => l.status !== 'ended') ?? [];
  return (
    <section className="card stack" aria-labelledby="coaches-title">
      <h2 id="coaches-title">{t('settings.coaches')}</h2>
      {links.isPending && <Loading />}
      {links.isError && <ErrorState onRetry={() => void links.refetch()} />}
      {links.data && current.length === 0 && <Empty>{t('settings.noCoach')}</Empty>}
      <ul className="entries" data-testid="my-coaches">
        {current.map((l) => (
          <li key={l.id}>
            <span>
              {l.counterpartName ?? l.coachId} <small>· {t(`settings.linkStatus.${l.status}`)}</small>
            </span>
            <small>{l.scopes.map((s) => t(`coachConsole.scopes.${s}`)).join(', ')}</small>
            <button type="button" className="btn" onClick={() => window.confirm(t('settings.confirmEndLink', { name: l.counterpartName ?? l.coachId })) && end.mutate(l.id)} disabled={end.isPending}>
              {t('settings.endLink')}
            </button>
          </li>
        ))}
      </ul>
      <form className="stack" onSubmit={submit}>
        <Field label={t('settings.coachEmail')}>{(p) => <input {...p} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />}</Field>
        <fieldset>
          <legend>{t('settings.consent')}</legend>
          {SCOPES.map((s) => (
            <label key={s} className="check">
              <input type="checkbox" checked={scopes.includes(s)} onChange={() => toggle(s)} /> {t(`settings.scopeText.${s}`)}
            </label>
          ))}
        </fieldset>
        {invite.isError && <p role="alert" className="bad">{t('settings.coachNotFound')}</p>}
        <button type="submit" className="btn primary" disabled={!email || scopes.length === 0 || invite.isPending}>
          {t('settings.inviteCoach')}
        </button>
      </form>
    </section>
  );
}
