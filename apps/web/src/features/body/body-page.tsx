import { addDays } from '@welness/nutrition';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GoalProgress } from '../../api/body.api';
import { LineChart } from '../../components/charts';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useGoalProgress, useMeasurements, useWeights } from '../../hooks/use-body';
import { useToday } from '../../hooks/use-today';
import { useUnits } from '../../hooks/use-units';
import { useWeightTrend } from '../../hooks/use-weights';
import { useFormat } from '../../i18n/format';
import { BodyLogForm } from './body-log-form';
import { latestPerDate, onDayAxis, weightProjection } from './body-series';
import './body.strings';

const WINDOW_DAYS = 90;

/** One sentence on the goal: where the trend is heading and when it gets there. */
function GoalLine({ progress }: { progress: GoalProgress['weight'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { weight } = useUnits();
  const long = (d: string) => f.date(`${d}T12:00:00`, { dateStyle: 'medium' });
  if (progress.targetKg === null)
    return (
      <p data-testid="goal-line">
        {t('body.weight.noGoal')} <Link to="/settings">{t('body.weight.setGoal')}</Link>
      </p>
    );
  const target = weight.format(progress.targetKg);
  const rate = progress.slopeKgPerWeek === null ? '' : `${progress.slopeKgPerWeek > 0 ? '+' : ''}${weight.format(progress.slopeKgPerWeek, 2)}`;
  const status = progress.status ? ` (${t(`body.weight.status.${progress.status}`)})` : '';
  let text: string;
  if (progress.trendKg !== null && Math.abs(progress.trendKg - progress.targetKg) < 0.25) text = t('body.weight.reached', { target });
  else if (progress.projectedDate && progress.targetDate)
    text = t('body.weight.projectedBy', { target, by: long(progress.targetDate), rate, date: long(progress.projectedDate) }) + status;
  else if (progress.projectedDate) text = t('body.weight.projected', { target, rate, date: long(progress.projectedDate) });
  else if (progress.slopeKgPerWeek === null) text = t('body.weight.noSlope', { target });
  else text = t('body.weight.notCloser', { target, rate }) + status;
  return <p data-testid="goal-line">{text}</p>;
}

/** Weight with its trend and the projection to the goal, body fat and waist over time. */
export function BodyPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { weight, length } = useUnits();
  const today = useToday();
  const from = addDays(today, -(WINDOW_DAYS - 1));
  const trend = useWeightTrend(from, today);
  const weights = useWeights(from, today);
  const waist = useMeasurements('waist');
  const progress = useGoalProgress();
  const short = (d: string) => f.date(`${d}T12:00:00`, { day: 'numeric', month: 'short' });
  const projection = progress.data ? weightProjection(progress.data.weight, today) : [];
  const fatPoints = (weights.data ?? []).flatMap((w) => (w.bodyFatPercent === null ? [] : [{ date: w.date, value: w.bodyFatPercent }]));
  const waistPoints = latestPerDate((waist.data ?? []).map((m) => ({ date: m.date, value: m.value })));
  const last = trend.data?.[trend.data.length - 1];
  const target = progress.data?.weight.targetKg ?? null;
  return (
    <div className="stack">
      <section className="card" aria-labelledby="body-title">
        <h1 id="body-title">{t('body.title')}</h1>
        <h2>{t('body.weight.title')}</h2>
        {(trend.isPending || progress.isPending) && <Loading />}
        {(trend.isError || progress.isError) && (
          <ErrorState
            onRetry={() => {
              void trend.refetch();
              void progress.refetch();
            }}
          />
        )}
        {last && <p data-testid="weight-now">{t('body.weight.current', { weight: weight.format(last.kg), trend: weight.format(last.trendKg) })}</p>}
        {progress.data && <GoalLine progress={progress.data.weight} />}
        {trend.data && trend.data.length === 0 && <Empty>{t('body.weight.none', { days: WINDOW_DAYS })}</Empty>}
        {trend.data && trend.data.length > 0 && (
          <LineChart
            title={t('body.weight.chart')}
            xLabel={t('body.weight.date')}
            format={(v) => weight.format(v)}
            legend
            target={target}
            targetLabel={target === null ? undefined : t('body.weight.goal', { weight: weight.format(target) })}
            series={[
              { name: t('body.weight.weighIns'), points: onDayAxis(trend.data.map((p) => ({ date: p.date, value: p.kg })), from, short) },
              { name: t('body.weight.trend'), dashed: true, points: onDayAxis(trend.data.map((p) => ({ date: p.date, value: p.trendKg })), from, short) },
              ...(projection.length > 1
                ? [{ name: t('body.weight.projection'), projected: true, points: onDayAxis(projection.map((p) => ({ date: p.date, value: p.kg })), from, short) }]
                : []),
            ]}
          />
        )}
      </section>
      <BodyLogForm today={today} />
      <section className="card" aria-labelledby="fat-title">
        <h2 id="fat-title">{t('body.fat.title')}</h2>
        {weights.isError && <ErrorState onRetry={() => void weights.refetch()} />}
        {weights.isSuccess && fatPoints.length === 0 && <Empty>{t('body.fat.none')}</Empty>}
        {fatPoints.length > 0 && (
          <LineChart title={t('body.fat.chart')} xLabel={t('body.weight.date')} format={(v) => t('units.percent', { value: f.number(v, 1) })} series={[{ name: t('body.fat.series'), points: onDayAxis(fatPoints, from, short) }]} />
        )}
      </section>
      <section className="card" aria-labelledby="waist-title">
        <h2 id="waist-title">{t('body.waist.title')}</h2>
        {waist.isError && <ErrorState onRetry={() => void waist.refetch()} />}
        {waist.isSuccess && waistPoints.length === 0 && <Empty>{t('body.waist.none')}</Empty>}
        {waistPoints.length > 0 && (
          <LineChart
            title={t('body.waist.chart')}
            xLabel={t('body.weight.date')}
            format={(v) => length.format(v)}
            series={[{ name: t('body.waist.series'), points: onDayAxis(waistPoints, waistPoints[0].date, (d) => f.date(`${d}T12:00:00`, { dateStyle: 'medium' })) }]}
          />
        )}
      </section>
    </div>
  );
}
