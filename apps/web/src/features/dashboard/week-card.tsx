import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BarChart } from '../../components/charts';
import { ErrorState, Loading } from '../../components/states';
import { useUnits } from '../../hooks/use-units';
import { useWeeklySummary } from '../../hooks/use-weights';
import { useFormat } from '../../i18n/format';
import './dashboard.strings';

/** The week so far: energy eaten each day against the target, and the weight trend's change. */
export function WeekCard({ today }: { today: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { weight } = useUnits();
  const week = useWeeklySummary(today);
  const lastWeighIn = week.data?.weight.points.at(-1);
  const change = week.data?.weight.changeKg;
  // Signed: "+0.4 lb" / "−0.9 lb".
  const signed = (kg: number) => `${kg > 0 ? '+' : kg < 0 ? '−' : '±'}${weight.format(Math.abs(kg))}`;
  return (
    <section className="card" aria-labelledby="week-title">
      <h2 id="week-title">{t('dashboard.week')}</h2>
      {week.isPending && <Loading />}
      {week.isError && <ErrorState onRetry={() => void week.refetch()} />}
      {week.data && (
        <>
          <BarChart
            title={t('progress.energyChart')}
            bars={week.data.days.map((d) => ({ label: f.date(`${d.date}T12:00:00`, { weekday: 'narrow' }), value: d.consumedKcal }))}
            target={week.data.days.find((d) => d.targetKcal !== null)?.targetKcal ?? null}
            format={f.kcal}
          />
          {lastWeighIn && (
            <p data-testid="week-weight">
              {change === null || change === undefined
                ? t('dashboardMore.weight', { weight: weight.format(lastWeighIn.kg) })
                : t('dashboardMore.weightChange', { weight: weight.format(lastWeighIn.kg), change: signed(change) })}
            </p>
          )}
          <Link to="/progress">{t('dashboard.seeProgress')}</Link>
        </>
      )}
    </section>
  );
}
