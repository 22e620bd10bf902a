import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { BarChart } from '../../components/charts';
import { ErrorState, Loading } from '../../components/states';
import { useFormat } from '../../i18n/format';

/** The week so far: energy eaten each day against the target, and the protein average. */
export function WeekCard({ today }: { today: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const week = useQuery({
    queryKey: ['summary', 'weekly', today],
    queryFn: async () => unwrap(await api.GET('/api/v1/summary/weekly', { params: { query: { weekOf: today } } })),
  });
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
          <Link to="/progress">{t('dashboard.seeProgress')}</Link>
        </>
      )}
    </section>
  );
}
