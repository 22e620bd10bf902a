import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { check, inputLimits, limitOf, serverFieldErrors } from '../../api/limits';
import { unwrap } from '../../api/problem';
import { BarChart, LineChart } from '../../components/charts';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useToday } from '../../hooks/use-today';
import { useValidation } from '../../hooks/use-validation';
import { useFormat } from '../../i18n/format';
import { Field } from '../auth/auth-form';
import { shiftDay } from '../diary/diary-page';

/** Weight with its smoothed trend, this week's energy against target, adherence and streak. */
export function ProgressPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const today = useToday();
  const client = useQueryClient();
  const from = shiftDay(today, -89);
  const trend = useQuery({
    queryKey: ['body', 'trend', from, today],
    queryFn: async () => unwrap(await api.GET('/api/v1/body/weights/trend', { params: { query: { from, to: today } } })),
  });
  const week = useQuery({ queryKey: ['summary', 'weekly', today], queryFn: async () => unwrap(await api.GET('/api/v1/summary/weekly', { params: { query: { weekOf: today } } })) });
  const [kg, setKg] = useState('');
  const logWeight = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/body/weights', { body: { date: today, weightKg: Number(kg) } })),
    onSuccess: () => {
      setKg('');
      void client.invalidateQueries({ queryKey: ['body'] });
      void client.invalidateQueries({ queryKey: ['summary'] });
    },
  });
  const say = useValidation();
  const kgLimit = limitOf('LogWeightDto', 'weightKg');
  // Empty is not an error until the user tries to save.
  const kgCheck = check(kgLimit, kg, 'number', false);
  const server = serverFieldErrors(logWeight.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (kg.trim() && !kgCheck) logWeight.mutate();
  };
  const short = (d: string) => f.date(`${d}T12:00:00`, { day: 'numeric', month: 'short' });
  return (
    <div className="stack">
      <section className="card" aria-labelledby="progress-title">
        <h1 id="progress-title">{t('progress.title')}</h1>
        {week.isPending && <Loading />}
        {week.isError && <ErrorState onRetry={() => void week.refetch()} />}
        {week.data && (
          <>
            <p data-testid="week-stats">
              {t('progress.weekStats', {
                logged: week.data.daysLogged,
                adherence: week.data.adherencePercent === null ? t('product.unknown') : f.percent(week.data.adherencePercent),
                streak: week.data.streak.current,
              })}
            </p>
            <BarChart
              title={t('progress.energyChart')}
              bars={week.data.days.map((d) => ({ label: f.date(`${d.date}T12:00:00`, { weekday: 'narrow' }), value: d.consumedKcal }))}
              target={week.data.days.find((d) => d.targetKcal !== null)?.targetKcal ?? null}
              format={f.kcal}
            />
          </>
        )}
      </section>
      <section className="card" aria-labelledby="weight-title">
        <h2 id="weight-title">{t('progress.weight')}</h2>
        {trend.isPending && <Loading />}
        {trend.isError && <ErrorState onRetry={() => void trend.refetch()} />}
        {trend.data && trend.data.length === 0 && <Empty>{t('progress.noWeight')}</Empty>}
        {trend.data && trend.data.length > 0 && (
          <LineChart
            title={t('progress.weightChart')}
            xLabel={t('progress.date')}
            format={(v) => f.kg(v)}
            series={[
              { name: t('progress.weighIns'), points: trend.data.map((p) => ({ label: short(p.date), value: p.kg })) },
              { name: t('progress.trend'), points: trend.data.map((p) => ({ label: short(p.date), value: p.trendKg })), dashed: true },
            ]}
          />
        )}
        <form className="row" onSubmit={submit} noValidate>
          <Field label={t('progress.logWeight')} error={say(kgCheck, server.weightKg)}>
            {(p) => <input {...p} type="number" {...inputLimits(kgLimit)} step="0.1" inputMode="decimal" value={kg} onChange={(e) => setKg(e.target.value)} />}
          </Field>
          <button type="submit" className="btn primary" disabled={!kg.trim() || !!kgCheck || logWeight.isPending}>
            {t('progress.save')}
          </button>
        </form>
        {logWeight.isError && <p role="alert" className="bad">{Object.keys(server).length ? t('validation.fix') : t('state.error')}</p>}
      </section>
    </div>
  );
}
