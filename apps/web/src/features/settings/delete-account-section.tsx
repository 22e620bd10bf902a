import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/session';
import { useDeleteAccount } from '../../hooks/use-account';
import { Field } from '../auth/auth-form';

/** Erasure is final, so the user types their email (and password) to confirm it. */
export function DeleteAccountSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [password, setPassword] = useState('');
  const erase = useDeleteAccount();
  const confirmed = typed.trim().toLowerCase() === me.email.toLowerCase() && password.length > 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (confirmed) erase.mutate(password);
  };
  return (
    <section className="card stack" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">{t('settings.deleteAccount')}</h2>
      <form className="stack" onSubmit={submit}>
        <p>{t('settings.deleteWarning', { email: me.email })}</p>
        <Field label={t('settings.deleteTypeEmail')}>{(p) => <input {...p} type="email" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />}</Field>
        <Field label={t('auth.password')}>{(p) => <input {...p} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}</Field>
        {erase.isError && <p role="alert" className="bad">{erase.error.message || t('state.error')}</p>}
        <button type="submit" className="btn" disabled={!confirmed || erase.isPending}>
          {t('settings.deleteConfirm')}
        </button>
      </form>
    </section>
  );
}
