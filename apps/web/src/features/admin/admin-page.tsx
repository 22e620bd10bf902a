import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { grantRole, searchUsers, setActive } from '../../api/admin.api';
import { Empty, ErrorState, Loading } from '../../components/states';
import { Field } from '../auth/auth-form';
import { AuditSection } from './audit-section';
import { ImportsSection } from './imports-section';

function UsersSection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q);
  const users = useQuery({ queryKey: ['admin', 'users', query], queryFn: () => searchUsers(query) });
  const done = () => void client.invalidateQueries({ queryKey: ['admin', 'users'] });
  const role = useMutation({ mutationFn: ({ id, r }: { id: string; r: 'coach' | 'admin' }) => grantRole(id, r), onSuccess: done });
  const status = useMutation({ mutationFn: ({ id, on }: { id: string; on: boolean }) => setActive(id, on), onSuccess: done });
  return (
    <section className="card stack" aria-labelledby="users-title">
      <h2 id="users-title">{t('admin.users')}</h2>
      <Field label={t('admin.search')}>{(p) => <input {...p} type="search" value={q} onChange={(e) => setQ(e.target.value)} />}</Field>
      {users.isPending && <Loading />}
      {users.isError && <ErrorState onRetry={() => void users.refetch()} />}
      {users.data?.length === 0 && <Empty />}
      <ul className="entries">
        {users.data?.map((u) => (
          <li key={u.id}>
            <span>
              {u.displayName ?? u.email} <small className="block">{u.email} · {u.roles.join(', ')}</small>
            </span>
            {!u.roles.includes('coach') ? (
              <button type="button" className="btn" onClick={() => role.mutate({ id: u.id, r: 'coach' })}>
                {t('admin.makeCoach')}
              </button>
            ) : (
              <span />
            )}
            <button type="button" className="btn" onClick={() => status.mutate({ id: u.id, on: u.status !== 'active' })}>
              {u.status === 'active' ? t('admin.deactivate') : t('admin.reactivate')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AdminPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <section className="card">
        <h1>{t('admin.title')}</h1>
      </section>
      <ImportsSection />
      <UsersSection />
      <AuditSection />
    </div>
  );
}
