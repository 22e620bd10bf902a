import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logout } from '../../api/auth.api';
import type { UnitSystemChoice } from '../../api/me.api';
import { useMe } from '../../app/session-context';
import { useUpdateMe } from '../../hooks/use-profile';
import { Field } from '../auth/auth-form';
import { ApiKeysSection } from './api-keys-section';
import { CoachLinksSection } from './coach-links-section';
import { DeleteAccountSection } from './delete-account-section';
import { DietGoalSection } from './diet-goal-section';
import { NotificationsSection } from './notifications-section';
import { ProfileFields } from './profile-fields';
import { SecuritySection } from './security-section';
import { TelegramSection } from './telegram-section';
import './settings.strings';

/** Every IANA zone the browser knows, so the user picks rather than types one. */
const ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export function SettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [displayName, setDisplayName] = useState(me.displayName ?? '');
  const [timeZone, setTimeZone] = useState(me.timeZone);
  const [unitSystem, setUnitSystem] = useState<UnitSystemChoice>(me.unitSystem);
  // The session's copy of the profile follows (names, "today" and units depend on it).
  const save = useUpdateMe();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ displayName: displayName || null, timeZone, unitSystem });
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
          <fieldset aria-describedby="units-hint">
            <legend>{t('settingsMore.units')}</legend>
            {(['metric', 'imperial'] as const).map((u) => (
              <label key={u} className="check">
                <input type="radio" name="unitSystem" value={u} checked={unitSystem === u} onChange={() => setUnitSystem(u)} />
                {t(`settingsMore.${u}`)}
              </label>
            ))}
            <small id="units-hint" className="hint">
              {t('settingsMore.unitsHint')}
            </small>
          </fieldset>
          {save.isError && <p role="alert" className="bad">{t('state.error')}</p>}
          {save.isSuccess && <p role="status">{t('settings.saved')}</p>}
          <button type="submit" className="btn primary" disabled={save.isPending}>
            {t('settings.save')}
          </button>
        </form>
      </section>
      <section className="card">
        {/* Keyed by units: its typed text is in the units it was opened with. */}
        <ProfileFields key={me.unitSystem} me={me} />
      </section>
      <DietGoalSection />
      <CoachLinksSection />
      <TelegramSection />
      <NotificationsSection timeZone={me.timeZone} />
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
