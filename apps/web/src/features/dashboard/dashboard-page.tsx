import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../components/states';
import { ProgressBar } from '../../components/progress-bar';
import { useFormat } from '../../i18n/format';
import { useAddWater, useDailySummary } from '../../hooks/use-diary';
import { useToday } from '../../hooks/use-today';
import { useSession } from '../../app/session-context';
import { WeekCard } from './week-card';

const WATER_STEP_ML = 250;

/** Today at a glance: energy against target, macros, water, steps, streak, quick actions. */
export function DashboardPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const today = useToday();
  const session = useSession();
  const summary = useDailySummary(today);
  const water = useAddWater(today);
  const name = session.status === 'signed-in' ? session.me.displayName : null;
  return (
    <div className="stack">
      <section className="card" aria-labelledby="today-title">
        <h1 id="today-title">{name ? t('dashboard.greeting', { name }) : t('dashboard.title')}</h1>
        <p className="hint">{f.date(`${today}T12:00:00`, { dateStyle: 'full' })}</p>
        <nav className="row quick-actions" aria-label={t('dashboard.quickActions')}>
          <Link className="btn primary" to="/scan">
            {t('dashboard.scan')}
          </Link>
          <Link className="btn" to="/diary">
            {t('dashboard.openDiary')}
          </Link>
          <Link className="btn" to="/coach">
            {t('dashboard.askCoach')}
          </Link>
        </nav>
        {summary.isPending && <Loading />}
        {summary.isError && <ErrorState onRetry={() => void summary.refetch()} />}
        {summary.data && (
          <>
            <div className="energy" data-testid="energy">
              <div>
                <strong data-testid="energy-consumed">{f.kcal(summary.data.energy.consumedKcal)}</strong>
                <span>{t('dashboard.consumed')}</span>
              </div>
              <div>
                <strong>{f.kcal(summary.data.energy.burnedKcal)}</strong>
                <span>{t('dashboard.burned')}</span>
              </div>
              <div>
                <strong data-testid="energy-remaining">
                  {summary.data.energy.remainingKcal === null ? t('product.unknown') : f.kcal(summary.data.energy.remainingKcal)}
                </strong>
                <span>{t('dashboard.remaining')}</span>
              </div>
            </div>
            {!summary.data.targetsAvailable && (
              <p className="notice">
                {t('dashboard.noTargets')} <Link to="/onboarding">{t('dashboard.setTargets')}</Link>
              </p>
            )}
            <ProgressBar
              label={t('dashboard.energy')}
              value={summary.data.energy.consumedKcal}
              max={summary.data.energy.targetKcal}
              text={summary.data.energy.targetKcal ? t('dashboard.ofTarget', { value: f.kcal(summary.data.energy.consumedKcal), target: f.kcal(summary.data.energy.targetKcal) }) : f.kcal(summary.data.energy.consumedKcal)}
            />
          </>
        )}
      </section>
      {summary.data && (
        <section className="card" aria-labelledby="macros-title">
          <h2 id="macros-title">{t('dashboard.macros')}</h2>
          {(['protein', 'carbohydrates', 'fat', 'fiber'] as const).map((k) => {
            const m = summary.data[k];
            return (
              <ProgressBar
                key={k}
                label={t(`dashboard.macro.${k}`)}
                value={m.consumed}
                max={m.target}
                text={m.target ? t('dashboard.ofTarget', { value: f.grams(m.consumed, 0), target: f.grams(m.target, 0) }) : f.grams(m.consumed, 0)}
              />
            );
          })}
        </section>
      )}
      {summary.data && (
        <section className="card grid-2" aria-label={t('dashboard.habits')}>
          <div>
            <ProgressBar
              label={t('dashboard.water')}
              value={summary.data.water.consumed}
              max={summary.data.water.target}
              text={summary.data.water.target ? t('dashboard.ofTarget', { value: f.ml(summary.data.water.consumed), target: f.ml(summary.data.water.target) }) : f.ml(summary.data.water.consumed)}
            />
            <button type="button" className="btn" onClick={() => water.mutate(WATER_STEP_ML)} disabled={water.isPending}>
              {t('dashboard.addWater', { amount: f.ml(WATER_STEP_ML) })}
            </button>
          </div>
          <div>
            <ProgressBar
              label={t('dashboard.steps')}
              value={summary.data.steps.consumed}
              max={summary.data.steps.target}
              text={f.number(summary.data.steps.consumed)}
            />
            <p data-testid="streak">{t('dashboard.streak', { count: summary.data.streak.current })}</p>
          </div>
        </section>
      )}
      {/* Only after today's cards exist, so it can never push them down as it arrives. */}
      {summary.data && <WeekCard today={today} />}
    </div>
  );
}
