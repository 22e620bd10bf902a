import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logout } from '../../api/auth.api';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { updateSessionUser } from '../../api/session';
import { useMe } from '../../app/session-context';
import { Field } from '../auth/auth-form';
import { ApiKeysSection } from './api-keys-section';
import { CoachLinksSection } from './coach-links-section';
import { DeleteAccountSection } from './delete-account-section';
import { DietGoalSection } from './diet-goal-section';
import { ProfileFields } from './profile-fields';
import { SecuritySection } from './security-section';
import { TelegramSection } from './telegram-section';

/** Every IANA zone the browser knows, so the user picks rather than types one. */
const ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export function SettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState(me.displayName ?? '');
  const [timeZone, setTimeZone] = useState(me.timeZone);
  const keepSession = (user: typeof me) => {
    // Keep the session's copy of the profile current (names and "today" depend on it).
    updateSessionUser(user);
    void queryClient.invalidateQueries();
  };
  const save = useMutation({
    mutationFn: async () => unwrap(await api.PATCH('/api/v1/me', { body: { displayName: displayName || null, timeZone } })),
    onSuccess: keepSession,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <div className="stack">
      <section className="card" aria-labelledby="settings-title">
        <h1 id="settings-title">{t('settings.title')}</h1>
        <form className="stack" onSubmit={submit}>
          <p>
            {t('auth.email')}: <strong>{me.email}</strong>
          </p>
          <Field label={t('auth.displayName')}>{(p) => <input {...p} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}</Field>
          <Field label={t('settings.timeZone')}>
            {(p) => (
              <select {...p} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
                {(ZONES.includes(timeZone) ? ZONES : [timeZone, ...ZONES]).map((z) => (
                  <option key={z} value={z}>
                    {z}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {save.isError && <p role="alert" className="bad">{t('state.error')}</p>}
          {save.isSuccess && <p role="status">{t('settings.saved')}</p>}
          <button type="submit" className="btn primary" disabled={save.isPending}>
            {t('settings.save')}
          </button>
        </form>
      </section>
      <section className="card">
        <ProfileFields me={me} onSaved={keepSession} />
      </section>
      <DietGoalSection />
      <CoachLinksSection />
      <TelegramSection />
      <SecuritySection me={me} />
      <ApiKeysSection />
      <section className="card">
        {/* Here rather than in the header: the phone header has no room to spare. */}
        <button type="button" className="btn" onClick={() => void logout()}>
          {t('auth.signOut')}
        </button>
      </section>
      <DeleteAccountSection me={me} />
    </div>
  );
}
