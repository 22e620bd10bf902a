import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdminUser, GrantableRole } from '../../api/admin.api';
import { useMe } from '../../app/session-context';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useSetActive, useSetRole, useUserSearch } from '../../hooks/use-admin';
import { Field } from '../auth/auth-form';
import './admin.strings';

const GRANTABLE: GrantableRole[] = ['coach', 'admin'];

/** Find accounts; grant or remove the coach and admin roles (each change is audited); deactivate. */
export function UsersSection() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const users = useUserSearch(query);
  const role = useSetRole();
  const status = useSetActive();
  return (
    <section className="card stack" aria-labelledby="users-title">
      <h2 id="users-title">{t('adminConsole.users.title')}</h2>
      <Field label={t('admin.search')}>{(p) => <input {...p} type="search" value={q} onChange={(e) => setQ(e.target.value)} />}</Field>
      {users.isPending && <Loading />}
      {users.isError && <ErrorState onRetry={() => void users.refetch()} />}
      {users.data?.length === 0 && <Empty />}
      {(role.isError || status.isError) && (
        <p role="alert" className="bad">
          {(role.error ?? status.error)?.message || t('state.error')}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {role.data ? t('adminConsole.users.changed', { name: role.data.displayName ?? role.data.email, roles: rolesText(t, role.data) }) : ''}
      </p>
      <ul className="cards" data-testid="admin-users">
        {users.data?.map((u) => (
          <UserRow key={u.id} user={u} onRole={(r, on) => role.mutate({ id: u.id, role: r, on })} onActive={(on) => status.mutate({ id: u.id, on })} busy={role.isPending || status.isPending} />
        ))}
      </ul>
    </section>
  );
}

const rolesText = (t: (k: string) => string, u: AdminUser) => u.roles.map((r) => t(`adminConsole.users.role.${r}`)).join(', ');

function UserRow({ user, onRole, onActive, busy }: { user: AdminUser; onRole: (r: GrantableRole, on: boolean) => void; onActive: (on: boolean) => void; busy: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const name = user.displayName ?? user.email;
  const toggle = (r: GrantableRole) => {
    const on = !user.roles.includes(r);
    if (r === 'admin' && !window.confirm(t(on ? 'adminConsole.users.confirmAdmin' : 'adminConsole.users.confirmRevokeAdmin', { name }))) return;
    onRole(r, on);
  };
  return (
    <li data-testid={`user-${user.email}`}>
      <strong>{name}</strong>
      <small className="block">
        {user.email} · {t('adminConsole.users.roles', { roles: rolesText(t, user) })}
        {user.status !== 'active' && ` · ${t('adminConsole.users.inactive')}`}
      </small>
      <div className="roles">
        {GRANTABLE.map((r) => {
          const has = user.roles.includes(r);
          // An admin cannot remove their own admin role (the API refuses too).
          if (r === 'admin' && has && user.id === me.id) return null;
          return (
            <button key={r} type="button" className="btn small" disabled={busy} onClick={() => toggle(r)} aria-label={t(`adminConsole.users.${has ? 'revokeNamed' : 'grantNamed'}.${r}`, { name })}>
              {t(`adminConsole.users.${has ? 'revoke' : 'grant'}.${r}`)}
            </button>
          );
        })}
        {user.id !== me.id && (
          <button
            type="button"
            className="btn small"
            disabled={busy}
            onClick={() => onActive(user.status !== 'active')}
            aria-label={t(user.status === 'active' ? 'adminConsole.users.deactivateNamed' : 'adminConsole.users.reactivateNamed', { name })}
          >
            {user.status === 'active' ? t('admin.deactivate') : t('admin.reactivate')}
          </button>
        )}
        <Link to={`/admin/audit?user=${user.id}`} aria-label={t('adminConsole.users.auditOf', { name })}>
          {t('adminConsole.nav.audit')}
        </Link>
      </div>
    </li>
  );
}
