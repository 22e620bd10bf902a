import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fetchOidcProviders, requestPasswordReset, resetPassword, verifyEmail } from '../../api/auth.api';
import { queryKeys } from '../../api/query-keys';
import { Loading } from '../../components/states';
import { Field } from './auth-form';
import { MIN_PASSWORD } from './sign-up-page';

/** Sign-in with the identity providers the server has configured (none → nothing shown). */
export function OidcButtons() {
  const { t } = useTranslation();
  const providers = useQuery({
    queryKey: queryKeys.auth.oidcProviders,
    queryFn: fetchOidcProviders,
    staleTime: Infinity,
  });
  if (!providers.data?.length) return null;
  return (
    <div className="row">
      {providers.data.map((p) => (
        // A full navigation: the provider's pages, then back with the refresh cookie set.
        <a key={p} className="btn" href={`/api/v1/auth/oidc/${encodeURIComponent(p)}/start`}>
          {t('auth.continueWith', { provider: p })}
        </a>
      ))}
    </div>
  );
}

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: () => requestPasswordReset(email) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate();
  };
  return (
    <section className="card auth" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('auth.forgotTitle')}</h1>
      {request.isSuccess ? (
        <p role="status">{t('auth.resetSent')}</p>
      ) : (
        <form className="stack" onSubmit={submit}>
          <Field label={t('auth.email')}>{(p) => <input {...p} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}</Field>
          {request.isError && <p role="alert" className="bad">{t('state.error')}</p>}
          <button type="submit" className="btn primary" disabled={request.isPending}>
            {t('auth.sendReset')}
          </button>
        </form>
      )}
      <Link to="/sign-in">{t('auth.signIn')}</Link>
    </section>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => resetPassword(params.get('token') ?? '', password),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password.length >= MIN_PASSWORD) reset.mutate();
  };
  return (
    <section className="card auth" aria-labelledby="reset-title">
      <h1 id="reset-title">{t('auth.resetTitle')}</h1>
      {reset.isSuccess ? (
        <p role="status">
          {t('auth.resetDone')} <Link to="/sign-in">{t('auth.signIn')}</Link>
        </p>
      ) : (
        <form className="stack" onSubmit={submit}>
          <Field label={t('auth.newPassword')} hint={t('auth.passwordHint', { min: MIN_PASSWORD })}>
            {(p) => <input {...p} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
          </Field>
          {reset.isError && <p role="alert" className="bad">{reset.error.message || t('state.error')}</p>}
          <button type="submit" className="btn primary" disabled={reset.isPending || password.length < MIN_PASSWORD}>
            {t('auth.setPassword')}
          </button>
        </form>
      )}
    </section>
  );
}

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const verify = useMutation({ mutationFn: () => verifyEmail(params.get('token') ?? '') });
  const sent = useRef(false);
  useEffect(() => {
    // One attempt per visit: the token is single-use.
    if (!sent.current) {
      sent.current = true;
      verify.mutate();
    }
  }, [verify]);
  return (
    <section className="card auth" aria-labelledby="verify-title">
      <h1 id="verify-title">{t('auth.verifyTitle')}</h1>
      {verify.isPending && <Loading />}
      {verify.isSuccess && <p role="status">{t('auth.verified')}</p>}
      {verify.isError && <p role="alert" className="bad">{verify.error.message || t('state.error')}</p>}
      <Link to="/">{t('app.backHome')}</Link>
    </section>
  );
}
