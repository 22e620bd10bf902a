import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchActivityTypes, fetchRecentActivities, logActivity } from '../../api/activities.api';
import { fetchRecords, fetchSessions } from '../../api/workouts.api';
import { check, inputLimits, limitOf, serverFieldErrors } from '../../api/limits';
import { queryKeys } from '../../api/query-keys';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useFormat } from '../../i18n/format';
import { useUnits } from '../../hooks/use-units';
import { useValidation } from '../../hooks/use-validation';
import { Field } from '../auth/auth-form';
import { activityName } from './activity-name';

/** Log an activity (energy from its MET value and your weight), recent ones, workouts and records. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { weight } = useUnits();
  const client = useQueryClient();
  const types = useQuery({ queryKey: queryKeys.activities.types, queryFn: fetchActivityTypes, staleTime: Infinity });
  const recent = useQuery({ queryKey: queryKeys.activities.recent, queryFn: () => fetchRecentActivities(20) });
  const sessions = useQuery({ queryKey: queryKeys.workouts.sessions(10), queryFn: async () => (await fetchSessions(10)).items });
  const records = useQuery({ queryKey: queryKeys.workouts.records, queryFn: fetchRecords });
  const [type, setType] = useState('');
  const [minutes, setMinutes] = useState('30');
  const log = useMutation({
    mutationFn: () => logActivity(type, Number(minutes)),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.activities.recent });
      void client.invalidateQueries({ queryKey: queryKeys.summary.all });
    },
  });
  const say = useValidation();
  const minutesLimit = limitOf('CreateActivityDto', 'durationMin');
  const minutesCheck = check(minutesLimit, minutes, 'number');
  const server = serverFieldErrors(log.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (type && !minutesCheck) log.mutate();
  };
  return (
    <div className="stack">
      <section className="card" aria-labelledby="activities-title">
        <h1 id="activities-title">{t('activities.title')}</h1>
        <form className="stack" onSubmit={submit} noValidate>
          <div className="grid-2">
            <Field label={t('activities.type')}>
              {(p) => (
                <select {...p} value={type} onChange={(e) => setType(e.target.value)}>
                  <option value="">{t('activities.choose')}</option>
                  {types.data?.map((a) => (
                    <option key={a.key} value={a.key}>
                      {activityName(a.key, types.data)} ({f.number(a.met, 1)} MET)
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('activities.minutes')} error={say(minutesCheck, server.durationMin)}>
              {(p) => <input {...p} type="number" {...inputLimits(minutesLimit)} value={minutes} onChange={(e) => setMinutes(e.target.value)} />}
            </Field>
          </div>
          {log.isError && <p role="alert" className="bad">{Object.keys(server).length ? t('validation.fix') : t('state.error')}</p>}
          {log.isSuccess && <p role="status">{t('activities.logged', { kcal: f.kcal(log.data.energyKcal) })}</p>}
          <button type="submit" className="btn primary" disabled={!type || !!minutesCheck || log.isPending}>
            {t('activities.log')}
          </button>
        </form>
      </section>
      <section className="card" aria-labelledby="recent-title">
        <h2 id="recent-title">{t('activities.recent')}</h2>
        {recent.isPending && <Loading />}
        {recent.isError && <ErrorState onRetry={() => void recent.refetch()} />}
        {recent.data?.length === 0 && <Empty>{t('activities.none')}</Empty>}
        <ul className="entries" data-testid="activity-list">
          {recent.data?.map((a) => (
            <li key={a.id}>
              <span>
                {activityName(a.activityKey, types.data)} <small className="block">{f.date(a.startedAt, { dateStyle: 'medium', timeStyle: 'short' })}</small>
              </span>
              <span>{t('activities.duration', { minutes: f.number(a.durationMin) })}</span>
              <span>{f.kcal(a.energyKcal)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card grid-2" aria-label={t('activities.workouts')}>
        <div>
          <h2>{t('activities.workouts')}</h2>
          {sessions.isPending && <Loading />}
          {sessions.data?.length === 0 && <Empty>{t('activities.noWorkouts')}</Empty>}
          <ul>
            {sessions.data?.map((s) => (
              <li key={s.id}>
                {f.date(`${s.date}T12:00:00`)} {s.finishedAt ? '' : `· ${t('activities.inProgress')}`}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2>{t('activities.records')}</h2>
          {records.isPending && <Loading />}
          {records.data?.length === 0 && <Empty>{t('activities.noRecords')}</Empty>}
          <ul>
            {records.data?.map((r) => (
              <li key={`${r.exerciseId}-${r.kind}`}>
                {t(`activities.recordKinds.${r.kind}`)}: {weight.format(r.weightKg)} × {r.reps} · {f.date(`${r.achievedOn}T12:00:00`)}
              </li>
            ))}
          </ul>
        </div>
      </section>
    </div>
  );
}
