import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  fetchClientActivities,
  fetchClientFoodPreferences,
  fetchClientWeek,
  fetchClientWeightTrend,
} from '../../api/coach.api';
import { allergenLabel } from '../../api/preferences.api';
import { queryKeys } from '../../api/query-keys';
import { LineChart } from '../../components/charts';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useFormat } from '../../i18n/format';
import { activityName } from '../activities/activity-name';
import { shiftDay } from '../diary/diary-page';

const keys = queryKeys.coaching;

/**
 * What a coach needs beside one day's diary: the week (days logged, average energy,
 * adherence), the weight trend, recent activities and what the client does not eat.
 */
export function ClientOverview({ userId, today, name }: { userId: string; today: string; name: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const from = shiftDay(today, -90);
  const week = useQuery({ queryKey: keys.clientWeek(userId, today), queryFn: () => fetchClientWeek(userId, today), retry: false });
  const trend = useQuery({ queryKey: keys.clientTrend(userId, from, today), queryFn: () => fetchClientWeightTrend(userId, from, today), retry: false });
  const activities = useQuery({ queryKey: keys.clientActivities(userId), queryFn: () => fetchClientActivities(userId, 5), retry: false });
  const prefs = useQuery({ queryKey: keys.clientPreferences(userId), queryFn: () => fetchClientFoodPreferences(userId), retry: false });
  const weights = trend.data ?? [];
  const last = weights[weights.length - 1];
  return (
    <>
      <section className="card" aria-labelledby="client-week-title">
        <h2 id="client-week-title">{t('coachConsole.weekOf', { name })}</h2>
        {week.isPending && <Loading />}
        {week.isError && <ErrorState onRetry={() => void week.refetch()} />}
        {week.data && (
          <p data-testid="client-week">
            {t('coachConsole.weekStats', {
              logged: week.data.daysLogged,
              kcal: f.kcal(week.data.averages.consumedKcal),
              adherence: week.data.adherencePercent === null ? t('product.unknown') : f.percent(week.data.adherencePercent),
              workouts: week.data.workouts,
            })}
          </p>
        )}
        {prefs.data && (
          <p data-testid="client-food-preferences">
            {t('coachConsole.eats', {
              diet: prefs.data.dietType ? t(`plan.diets.${prefs.data.dietType}`) : t('settings.notSet'),
              allergens: prefs.data.allergens.length ? prefs.data.allergens.map(allergenLabel).join(', ') : t('product.allergensNone'),
            })}
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="client-weight-title">
        <h2 id="client-weight-title">{t('progress.weight')}</h2>
        {trend.isPending && <Loading />}
        {trend.data && weights.length === 0 && <Empty>{t('progress.noWeight')}</Empty>}
        {last && (
          <>
            <p data-testid="client-weight">{t('coachConsole.lastWeight', { kg: f.kg(last.kg), date: f.date(`${last.date}T12:00:00`) })}</p>
            <LineChart
              title={t('progress.weightChart')}
              xLabel={t('progress.date')}
              format={(v) => f.kg(v)}
              series={[{ name: t('progress.weighIns'), points: weights.map((p) => ({ label: p.date, value: p.kg })) }]}
            />
          </>
        )}
      </section>
      <section className="card" aria-labelledby="client-activities-title">
        <h2 id="client-activities-title">{t('activities.recent')}</h2>
        {activities.isPending && <Loading />}
        {activities.data?.items.length === 0 && <Empty>{t('activities.none')}</Empty>}
        <ul className="entries" data-testid="client-activities">
          {activities.data?.items.map((a) => (
            <li key={a.id}>
              <span>
                {activityName(a.activityKey)} <small className="block">{f.date(a.startedAt, { dateStyle: 'medium', timeStyle: 'short' })}</small>
              </span>
              <span>{t('activities.duration', { minutes: f.number(a.durationMin) })}</span>
              <span>{f.kcal(a.energyKcal)}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
