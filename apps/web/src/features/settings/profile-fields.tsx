import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateMe as Update } from '../../api/me.api';
import type { Me } from '../../api/session';
import { HeightField } from '../../components/height-field';
import { useUpdateMe } from '../../hooks/use-profile';
import { useUnits } from '../../hooks/use-units';
import { Field } from '../auth/auth-form';
import './settings.strings';

const LEVELS: NonNullable<Update['activityLevel']>[] = ['sedentary', 'light', 'moderate', 'active', 'very_active'];

/**
 * The body profile targets are computed from: the form alternative to the coach's interview.
 * The formula and its inputs are shown by the targets the API returns.
 */
export function ProfileFields({ me }: { me: Me }) {
  const { t } = useTranslation();
  const units = useUnits();
  const [sex, setSex] = useState(me.sex ?? '');
  const [birthDate, setBirthDate] = useState(me.birthDate ?? '');
  // Typed in the person's units (cm, or ft + in); sent in cm.
  const [height, setHeight] = useState(() => units.height.text(me.heightCm));
  const [heightError, setHeightError] = useState(false);
  const [activity, setActivity] = useState(me.activityLevel ?? '');
  const save = useUpdateMe();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const heightCm = units.height.parse(height);
    setHeightError(Number.isNaN(heightCm));
    if (Number.isNaN(heightCm)) return;
    save.mutate({
      sex: (sex || null) as Update['sex'],
      birthDate: birthDate || null,
      heightCm,
      activityLevel: (activity || null) as Update['activityLevel'],
    });
  };
  return (
    <form className="stack" onSubmit={submit} aria-labelledby="profile-title">
      <h2 id="profile-title">{t('settings.profile')}</h2>
      <div className="grid-2">
        <Field label={t('settings.sex')}>
          {(p) => (
            <select {...p} value={sex} onChange={(e) => setSex(e.target.value as typeof sex)}>
              <option value="">{t('settings.notSet')}</option>
              <option value="female">{t('settings.female')}</option>
              <option value="male">{t('settings.male')}</option>
              <option value="other">{t('settings.other')}</option>
            </select>
          )}
        </Field>
        <Field label={t('settings.birthDate')}>{(p) => <input {...p} type="date" value={birthDate} onChange={(e) => setBirthDate(e.target.value)} />}</Field>
        <HeightField system={units.system} value={height} onChange={setHeight} error={heightError ? t('settingsMore.heightInvalid') : null} />
        <Field label={t('settings.activity')}>
          {(p) => (
            <select {...p} value={activity} onChange={(e) => setActivity(e.target.value as typeof activity)}>
              <option value="">{t('settings.notSet')}</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`settings.levels.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {save.isError && <p role="alert" className="bad">{save.error.message || t('state.error')}</p>}
      {save.isSuccess && <p role="status">{t('settings.saved')}</p>}
      <button type="submit" className="btn primary" disabled={save.isPending}>
        {t('settings.saveProfile')}
      </button>
    </form>
  );
}
