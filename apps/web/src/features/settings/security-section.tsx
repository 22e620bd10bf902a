import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportMyData } from '../../api/account.api';
import { confirmMfa, enrollMfa } from '../../api/auth.api';
import type { Me } from '../../api/session';
import { Field } from '../auth/auth-form';

/** Two-factor sign-in (TOTP) and a copy of everything the app holds about the user. */
export function SecuritySection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const enroll = useMutation({ mutationFn: enrollMfa });
  const confirm = useMutation({ mutationFn: () => confirmMfa(code) });
  const exportData = useMutation({
    mutationFn: exportMyData,
    onSuccess: (data) => {
      // A file the user keeps; built in the page, nothing leaves the browser.
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'welness-export.json';
      a.click();
      URL.revokeObjectURL(url);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate();
  };
  const mfaOn = me.mfaEnabled || confirm.isSuccess;
  return (
    <section className="card stack" aria-labelledby="security-title">
      <h2 id="security-title">{t('settings.security')}</h2>
      {mfaOn ? (
        <p className="ok">{t('settings.mfaOn')}</p>
      ) : enroll.data ? (
        <form className="stack" onSubmit={submit}>
          <p>{t('settings.mfaScan')}</p>
          <code className="secret" data-testid="mfa-secret">{enroll.data.secret}</code>
          <Field label={t('auth.totp')}>{(p) => <input {...p} inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />}</Field>
          {confirm.isError && <p role="alert" className="bad">{confirm.error.message || t('state.error')}</p>}
          <button type="submit" className="btn primary" disabled={confirm.isPending || code.length < 6}>
            {t('settings.mfaConfirm')}
          </button>
        </form>
      ) : (
        <button type="button" className="btn" onClick={() => enroll.mutate()} disabled={enroll.isPending}>
          {t('settings.mfaEnable')}
        </button>
      )}
      {confirm.data && (
        <div className="notice">
          <p>{t('settings.recoveryCodes')}</p>
          <ul>
            {confirm.data.recoveryCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="btn" onClick={() => exportData.mutate()} disabled={exportData.isPending}>
        {t('settings.export')}
      </button>
      {exportData.isError && <p role="alert" className="bad">{exportData.error.message || t('state.error')}</p>}
    </section>
  );
}
