import { useMutation } from '@tanstack/react-query';
import type { components } from '@welness/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { Me } from '../../api/session';
import { Field } from '../auth/auth-form';

type Update = components['schemas']['UpdateMeDto'];
const LEVELS: NonNullable<Update['activityLevel']>[] = ['sedentary', 'light', 'moderate', 'active', 'very_active'];

/**
 * The body profile targets are computed from: the form alternative to the coach's interview.
 * The formula and its inputs are shown by the targets the API returns.
 */
export function ProfileFields({ me, onSaved }: { me: Me; onSaved: (me: Me) => void }) {
  const { t } = useTranslation();
  const [sex, setSex] = useState(me.sex ?? '');
  const [birthDate, setBirthDate] = useState(me.birthDate ?? '');
  const [height, setHeight] = useState(me.heightCm === null ? '' : String(me.heightCm));
  const [activity, setActivity] = useState(me.activityLevel ?? '');
  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PATCH('/api/v1/me', {
          body: {
            sex: (sex || null) as Update['sex'],
            birthDate: birthDate || null,
            heightCm: height ? Number(height) : null,
            activityLevel: (activity || null) as Update['activityLevel'],
          },
        }),
      ),
    onSuccess: onSaved,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
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
        <Field label={t('settings.height')}>
          {(p) => <input {...p} type="number" min={50} max={272} value={height} onChange={(e) => setHeight(e.target.value)} />}
        </Field>
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
