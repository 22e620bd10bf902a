import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type AuditEvent, findUserByEmail } from '../../api/admin.api';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useAdminUser, useAuditLog } from '../../hooks/use-admin';
import { useFormat } from '../../i18n/format';
import { Field } from '../auth/auth-form';
import { AdminNav } from './admin-nav';
import { AUDIT_ACTIONS, actionKey } from './admin.strings';

/**
 * The whole audit trail, newest first, a page at a time. Filters (action, person) live in the
 * address, so a filtered view can be linked to (the users list links each person's trail).
 */
export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const action = params.get('action') ?? '';
  const userId = params.get('user') ?? '';
  const person = useAdminUser(userId || undefined);
  const log = useAuditLog({ action: action || undefined, userId: userId || undefined });
  const events = log.data?.pages.flatMap((p) => p.items) ?? [];
  const [typedAction, setTypedAction] = useState(action);
  const [email, setEmail] = useState('');
  const [noPerson, setNoPerson] = useState(false);
  const [looking, setLooking] = useState(false);
  const apply = async (e: FormEvent) => {
    e.preventDefault();
    setNoPerson(false);
    let user = userId;
    if (email.trim()) {
      setLooking(true);
      const found = await findUserByEmail(email).finally(() => setLooking(false));
      if (!found) {
        setNoPerson(true);
        return;
      }
      user = found.id;
    }
    setParams({ ...(typedAction ? { action: typedAction } : {}), ...(user ? { user } : {}) });
  };
  const clear = () => {
    setTypedAction('');
    setEmail('');
    setNoPerson(false);
    setParams({});
  };
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="audit-title">
        <h1 id="audit-title">{t('adminConsole.audit.title')}</h1>
        <AdminNav />
        <p className="hint">{t('adminConsole.audit.intro')}</p>
        <form className="stack" onSubmit={(e) => void apply(e)} noValidate>
          <div className="grid-2">
            <Field label={t('adminConsole.audit.action')}>
              {(p) => (
                <select {...p} value={typedAction} onChange={(e) => setTypedAction(e.target.value)}>
                  <option value="">{t('adminConsole.audit.anyAction')}</option>
                  {AUDIT_ACTIONS.map((a) => (
                    <option key={a} value={a}>
                      {t(actionKey(a))} ({a})
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('adminConsole.audit.person')} hint={t('adminConsole.audit.personHint')} error={noPerson ? t('adminConsole.audit.noSuchPerson') : null}>
              {(p) => <input {...p} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
            </Field>
          </div>
          <div className="row">
            <button type="submit" className="btn primary" disabled={looking}>
              {t('adminConsole.audit.apply')}
            </button>
            {(action || userId) && (
              <button type="button" className="btn" onClick={clear}>
                {t('adminConsole.audit.clear')}
              </button>
            )}
          </div>
        </form>
        {userId && person.data && <p data-testid="audit-person">{t('adminConsole.audit.filteredBy', { email: person.data.email })}</p>}
      </section>
      <section className="card stack" aria-labelledby="audit-events-title" aria-busy={log.isFetching}>
        <h2 id="audit-events-title" className="visually-hidden">
          {t('adminConsole.audit.title')}
        </h2>
        {log.isPending && <Loading />}
        {log.isError && <ErrorState onRetry={() => void log.refetch()} />}
        {log.isSuccess && events.length === 0 && <Empty>{t('adminConsole.audit.none')}</Empty>}
        <ol className="audit-list" data-testid="audit-events">
          {events.map((e) => (
            <AuditRow key={e.id} event={e} />
          ))}
        </ol>
        {log.hasNextPage && (
          <div>
            <button type="button" className="btn" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
              {t('adminConsole.audit.more')}
            </button>
          </div>
        )}
      </section>
    </div>
  );
}

function AuditRow({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const f = useFormat();
  const who = (email: string | null, id: string | null) => email ?? (id ? t('adminConsole.audit.erased') : t('adminConsole.audit.system'));
  const detail = Object.entries(event.detail)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');
  return (
    <li>
      <strong>{t(actionKey(event.action), { defaultValue: event.action })}</strong> <code>{event.action}</code>
      <small className="block">
        <time dateTime={event.createdAt}>{f.date(event.createdAt, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
      </small>
      <span className="block">
        {event.subjectUserId && `${t('adminConsole.audit.subject', { who: who(event.subjectEmail, event.subjectUserId) })} · `}
        {t('adminConsole.audit.actor', { who: who(event.actorEmail, event.actorUserId) })}
      </span>
      {detail && <small className="block">{detail}</small>}
    </li>
  );
}
