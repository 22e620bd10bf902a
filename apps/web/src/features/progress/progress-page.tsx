import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { check, inputLimits, limitOf, serverFieldErrors } from '../../api/limits';
import { BarChart, LineChart } from '../../components/charts';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useToday } from '../../hooks/use-today';
import { useUnits } from '../../hooks/use-units';
import { useValidation } from '../../hooks/use-validation';
import { useLogWeight, useWeeklySummary, useWeightTrend } from '../../hooks/use-weights';
import { useFormat } from '../../i18n/format';
import { Field } from '../auth/auth-form';
import { ProgressLinks } from '../body/progress-links';
import { shiftDay } from '../diary/diary-page';
import './progress.strings';

/** Weight with its smoothed trend, this week's energy against target, adherence and streak. */
export function ProgressPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const today = useToday();
  const { weight } = useUnits();
  const from = shiftDay(today, -89);
  const trend = useWeightTrend(from, today);
  const week = useWeeklySummary(today);
  // Typed in the person's unit (kg or lb); the API is sent kg.
  const [typed, setTyped] = useState('');
  const logWeight = useLogWeight();
  const say = useValidation();
  const limit = weight.limit(limitOf('LogWeightDto', 'weightKg'));
  // Empty is not an error until the user tries to save.
  const typedCheck = check(limit, typed, 'number', false);
  const server = serverFieldErrors(logWeight.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const weightKg = weight.parse(typed);
    if (weightKg !== null && !typedCheck) logWeight.mutate({ date: today, weightKg }, { onSuccess: () => setTyped('') });
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
          <p data-testid="latest-weight">
            {t('progressMore.latest', {
              weight: weight.format(trend.data[trend.data.length - 1].kg),
              date: short(trend.data[trend.data.length - 1].date),
              trend: weight.format(trend.data[trend.data.length - 1].trendKg),
            })}
          </p>
        )}
        {trend.data && trend.data.length > 0 && (
          <LineChart
            title={t('progress.weightChart')}
            xLabel={t('progress.date')}
            format={(v) => weight.format(v)}
            series={[
              { name: t('progress.weighIns'), points: trend.data.map((p) => ({ label: short(p.date), value: p.kg })) },
              { name: t('progress.trend'), points: trend.data.map((p) => ({ label: short(p.date), value: p.trendKg })), dashed: true },
            ]}
          />
        )}
        <form className="row" onSubmit={submit} noValidate>
          <Field label={t('progress.logWeight', { unit: weight.unit })} error={say(typedCheck, server.weightKg)}>
            {(p) => (
              <input {...p} type="number" {...inputLimits(limit)} step={weight.step} inputMode="decimal" value={typed} onChange={(e) => setTyped(e.target.value)} />
            )}
          </Field>
          <button type="submit" className="btn primary" disabled={!typed.trim() || !!typedCheck || logWeight.isPending}>
            {t('progress.save')}
          </button>
        </form>
        {logWeight.isError && <p role="alert" className="bad">{Object.keys(server).length ? t('validation.fix') : t('state.error')}</p>}
      </section>
      <ProgressLinks />
    </div>
  );
}
