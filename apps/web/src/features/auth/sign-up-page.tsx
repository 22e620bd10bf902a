import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { register } from '../../api/auth.api';
import { check, inputLimits, limitOf, serverFieldErrors } from '../../api/limits';
import { ApiError } from '../../api/problem';
import { useValidation } from '../../hooks/use-validation';
import { isLanguage } from '../../i18n';
import { Field } from './auth-form';

/** The API's own minimum (RegisterDto in the OpenAPI schema). */
export const MIN_PASSWORD = limitOf('RegisterDto', 'password').minLength ?? 10;

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [tried, setTried] = useState(false);
  const say = useValidation();
  const emailLimit = limitOf('RegisterDto', 'email');
  const emailCheck = check(emailLimit, email, 'text');
  const mutation = useMutation({
    mutationFn: () =>
      register({
        email,
        password,
        displayName: displayName || undefined,
        locale: isLanguage(i18n.language) ? i18n.language : 'en',
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }),
    onSuccess: () => void navigate('/onboarding', { replace: true }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setTooShort(password.length < MIN_PASSWORD);
    if (password.length >= MIN_PASSWORD && !emailCheck) mutation.mutate();
  };
  const failed = mutation.error instanceof ApiError ? mutation.error : null;
  // Field errors from the API, said beside their fields in the user's language.
  const server = serverFieldErrors(mutation.error);
  return (
    <section className="card auth" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t('auth.signUpTitle')}</h1>
      <form onSubmit={submit} className="stack" noValidate>
        <Field label={t('auth.displayName')} error={say(server.displayName)}>
          {(p) => <input {...p} autoComplete="nickname" {...inputLimits(limitOf('RegisterDto', 'displayName'))} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
        </Field>
        <Field label={t('auth.email')} error={say(tried ? emailCheck : null, server.email)}>
          {(p) => <input {...p} type="email" autoComplete="email" required {...inputLimits(emailLimit)} value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field
          label={t('auth.password')}
          hint={t('auth.passwordHint', { min: MIN_PASSWORD })}
          error={tooShort ? t('auth.passwordShort', { min: MIN_PASSWORD }) : say(server.password)}
        >
          {(p) => (
            <input {...p} type="password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </Field>
        {failed && (
          <p role="alert" className="bad">
            {failed.status === 409 ? t('auth.emailTaken') : Object.keys(server).length ? t('validation.fix') : t('state.error')}
          </p>
        )}
        <button type="submit" className="btn primary" disabled={mutation.isPending}>
          {mutation.isPending ? t('state.loading') : t('auth.signUp')}
        </button>
      </form>
      <p>
        {t('auth.haveAccount')} <Link to="/sign-in">{t('auth.signIn')}</Link>
      </p>
    </section>
  );
}
