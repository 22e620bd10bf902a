import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { login } from '../../api/auth.api';
import { ApiError } from '../../api/problem';
import { useSession } from '../../app/session-context';
import { Field } from './auth-form';
import { OidcButtons } from './password-pages';

/** Only same-app paths: an open redirect through ?next= would be a phishing aid. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsMfa, setNeedsMfa] = useState(false);
  const mutation = useMutation({
    mutationFn: () => login({ email, password, ...(needsMfa ? { totp } : {}) }),
    onSuccess: () => void navigate(safeNext(params.get('next')), { replace: true }),
    onError: (error) => {
      if (error instanceof ApiError && /mfa/i.test(`${error.problem.type ?? ''} ${error.problem.detail ?? ''}`)) setNeedsMfa(true);
    },
  });
  if (session.status === 'signed-in' && !mutation.isPending) return <Navigate to={safeNext(params.get('next'))} replace />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  const failed = mutation.error instanceof ApiError ? mutation.error : null;
  return (
    <section className="card auth" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.signInTitle')}</h1>
      <form onSubmit={submit} className="stack">
        <Field label={t('auth.email')}>
          {(p) => <input {...p} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field label={t('auth.password')}>
          {(p) => (
            <input {...p} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </Field>
        {needsMfa && (
          <Field label={t('auth.totp')} hint={t('auth.totpHint')}>
            {(p) => <input {...p} inputMode="numeric" autoComplete="one-time-code" value={totp} onChange={(e) => setTotp(e.target.value)} />}
          </Field>
        )}
        {failed && (
          <p role="alert" className="bad">
            {failed.status === 429 ? t('auth.tooMany') : needsMfa ? t('auth.mfaRequired') : t('auth.badCredentials')}
          </p>
        )}
        <button type="submit" className="btn primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('state.loading') : t('auth.signIn')}
        </button>
      </form>
      <OidcButtons />
      <p>
        <Link to="/forgot-password">{t('auth.forgot')}</Link>
      </p>
      <p>
        {t('auth.noAccount')} <Link to="/sign-up">{t('auth.signUp')}</Link>
      </p>
    </section>
  );
}
