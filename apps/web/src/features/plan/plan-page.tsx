import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchCurrentPlan, generatePlan, logPlannedMeal } from '../../api/plans.api';
import { fetchFoodPreferences } from '../../api/preferences.api';
import { queryKeys } from '../../api/query-keys';
import { ProgressBar } from '../../components/progress-bar';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useToday } from '../../hooks/use-today';
import { useFormat } from '../../i18n/format';
import { shiftDay } from '../diary/diary-page';
import { GeneratePlanForm } from './generate-plan-form';


/** The generator names meals in English ("Breakfast", "Afternoon snack"); say them in the user's language. */
const MEAL_NAMES: Record<string, string> = { Breakfast: 'breakfast', Lunch: 'lunch', Dinner: 'dinner', Snack: 'snack', 'Afternoon snack': 'afternoonSnack' };
export function planMealName(t: (key: string) => string, name: string, slot: string): string {
  const key = MEAL_NAMES[name];
  return key ? t(`plan.mealNames.${key}`) : name || t(`diary.slots.${slot}`);
}

/** The week's diet plan: per-day totals against the plan's targets, log a planned meal, regenerate. */
export function PlanPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const today = useToday();
  const client = useQueryClient();
  const plan = useQuery({ queryKey: queryKeys.plans.current, queryFn: fetchCurrentPlan });
  const saved = useQuery({ queryKey: queryKeys.foodPreferences, queryFn: fetchFoodPreferences });
  const generate = useMutation({ mutationFn: generatePlan, onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.plans.all }) });
  const log = useMutation({
    mutationFn: ({ date, index }: { date: string; index: number }) => logPlannedMeal(date, index),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.diary.all });
      void client.invalidateQueries({ queryKey: queryKeys.summary.all });
    },
  });
  const weeks = [
    { value: today, label: t('plan.thisWeek') },
    { value: shiftDay(today, 7), label: t('plan.nextWeek') },
  ];
  return (
    <div className="stack">
      <section className="card" aria-labelledby="plan-title">
        <h1 id="plan-title">{t('plan.title')}</h1>
        {plan.isPending && <Loading />}
        {plan.isError && <ErrorState onRetry={() => void plan.refetch()} />}
        {plan.data === null && <Empty>{t('plan.none')}</Empty>}
        {plan.data && (
          <p>
            {t('plan.targets', { kcal: f.kcal(plan.data.targets.energyKcal), protein: f.grams(plan.data.targets.proteinG, 0) })}
            {plan.data.assignedBy && <span className="pill"> {t('plan.byCoach')}</span>}
          </p>
        )}
      </section>
      {plan.data?.days.map((day) => (
        <section key={day.date} className="card" aria-labelledby={`day-${day.date}`} data-testid={`plan-day-${day.date}`}>
          <h2 id={`day-${day.date}`}>{f.date(`${day.date}T12:00:00`, { weekday: 'long', day: 'numeric', month: 'short' })}</h2>
          <ProgressBar
            label={t('dashboard.energy')}
            value={day.totals.energyKcal}
            max={plan.data?.targets.energyKcal ?? null}
            text={t('dashboard.ofTarget', { value: f.kcal(day.totals.energyKcal), target: f.kcal(plan.data?.targets.energyKcal ?? 0) })}
          />
          <ul className="entries">
            {day.meals.map((meal, index) => (
              <li key={`${meal.slot}-${index}`}>
                <span>
                  <strong>{planMealName(t, meal.name, meal.slot)}</strong>
                  <small className="block">{meal.items.map((i) => `${i.name} ${f.grams(i.grams, 0)}`).join(', ')}</small>
                </span>
                <span>{f.kcal(meal.totals.energyKcal)}</span>
                {day.date <= today ? (
                  <button type="button" className="btn small" disabled={log.isPending} onClick={() => log.mutate({ date: day.date, index })}>
                    {t('plan.logMeal')}
                  </button>
                ) : (
                  <span />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {log.isSuccess && <p role="status">{t('diary.logged')}</p>}
      <section className="card" aria-labelledby="generate-title">
        <h2 id="generate-title">{plan.data ? t('plan.regenerate') : t('plan.create')}</h2>
        {saved.isPending && <Loading />}
        {saved.isError && <ErrorState onRetry={() => void saved.refetch()} />}
        {saved.data && <GeneratePlanForm weeks={weeks} saved={saved.data} pending={generate.isPending} onSubmit={(body) => generate.mutate(body)} />}
        {generate.isError && (
          <p role="alert" className="bad">
            {generate.error.message || t('state.error')}
          </p>
        )}
      </section>
    </div>
  );
}
