import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeneratePlan, Plan } from '../../api/coach.api';
import { check, inputLimits, limitOf } from '../../api/limits';
import { DIET_TYPES, type DietType } from '../../api/preferences.api';
import { useMe } from '../../app/session-context';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useAssignPlan, useClientPlan, useEditPlanItem } from '../../hooks/use-coaching';
import { useValidation } from '../../hooks/use-validation';
import { useFormat } from '../../i18n/format';
import { Field } from '../auth/auth-form';
import { shiftDay } from '../diary/diary-page';
import { planMealName } from '../plan/plan-page';
import './coach-console.strings';

const GRAMS = limitOf('EditPlannedItemDto', 'grams');

/**
 * The client's plan of this week: read with "read"; with "write" the coach assigns a new one
 * and changes portions. Without "write" there is no control to change anything.
 */
export function ClientPlan({ userId, name, today, canWrite }: { userId: string; name: string; today: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const me = useMe();
  const plan = useClientPlan(userId);
  const assign = useAssignPlan(userId);
  return (
    <section className="card stack" aria-labelledby="client-plan-title">
      <h2 id="client-plan-title">{t('coachConsole.planFor', { name })}</h2>
      {plan.isPending && <Loading />}
      {plan.isError && <ErrorState onRetry={() => void plan.refetch()} />}
      {plan.data === null && <Empty>{t('coachTools.plan.none')}</Empty>}
      {plan.data && (
        <p data-testid="client-plan-targets">
          {t('coachTools.plan.targets', { kcal: f.kcal(plan.data.targets.energyKcal) })}
          {plan.data.assignedBy === me.id && <span className="pill"> {t('coachTools.plan.byYou')}</span>}
        </p>
      )}
      {plan.data && <PlanDays userId={userId} plan={plan.data} today={today} canWrite={canWrite} />}
      {canWrite ? (
        <AssignForm today={today} pending={assign.isPending} onSubmit={(body) => assign.mutate(body)} />
      ) : (
        <p className="notice" data-testid="plan-read-only">
          {t('coachTools.plan.readOnly', { name })}
        </p>
      )}
      {assign.isError && (
        <p role="alert" className="bad">
          {assign.error.message || t('state.error')}
        </p>
      )}
      {assign.data && (
        <p role="status" data-testid="plan-assigned">
          {t('coachConsole.planAssigned', { days: assign.data.days.length, kcal: f.kcal(assign.data.targets.energyKcal) })}
        </p>
      )}
    </section>
  );
}

function PlanDays({ userId, plan, today, canWrite }: { userId: string; plan: Plan; today: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [chosen, setChosen] = useState(() => plan.days.find((d) => d.date === today)?.date ?? plan.days[0]?.date ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const day = plan.days.find((d) => d.date === chosen) ?? plan.days[0];
  if (!day) return null;
  const onSaved = (next: Plan) => {
    const total = next.days.find((d) => d.date === day.date)?.totals.energyKcal;
    setSaved(total === undefined ? null : t('coachTools.plan.itemSaved', { kcal: f.kcal(total) }));
  };
  return (
    <div className="stack">
      <Field label={t('coachTools.plan.day')}>
        {(p) => (
          <select
            {...p}
            value={day.date}
            onChange={(e) => {
              setChosen(e.target.value);
              setSaved(null);
            }}
          >
            {plan.days.map((d) => (
              <option key={d.date} value={d.date}>
                {f.date(`${d.date}T12:00:00`, { weekday: 'long', day: 'numeric', month: 'short' })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p data-testid="plan-day-total">{t('coachTools.plan.dayTotal', { kcal: f.kcal(day.totals.energyKcal) })}</p>
      {day.meals.map((meal, mealIndex) => (
        <div key={`${day.date}-${mealIndex}`}>
          <h3>
            {planMealName(t, meal.name, meal.slot)} <small>{f.kcal(meal.totals.energyKcal)}</small>
          </h3>
          <ul className="entries">
            {meal.items.map((item, itemIndex) =>
              canWrite ? (
                <PortionForm
                  key={`${day.date}-${mealIndex}-${item.foodKey}-${itemIndex}`}
                  onSaved={onSaved}
                  userId={userId}
                  date={day.date}
                  mealIndex={mealIndex}
                  itemIndex={itemIndex}
                  food={item.name}
                  grams={item.grams}
                  kcal={item.nutrients.energyKcal}
                />
              ) : (
                <li key={`${item.foodKey}-${itemIndex}`}>
                  <span>{item.name}</span>
                  <span>{f.grams(item.grams, 0)}</span>
                  <span>{f.kcal(item.nutrients.energyKcal)}</span>
                </li>
              ),
            )}
          </ul>
        </div>
      ))}
      <p role="status" data-testid="portion-saved">
        {saved}
      </p>
    </div>
  );
}

interface PortionProps {
  userId: string;
  date: string;
  mealIndex: number;
  itemIndex: number;
  food: string;
  grams: number;
  kcal: number;
  onSaved: (plan: Plan) => void;
}

function PortionForm(props: PortionProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const say = useValidation();
  const edit = useEditPlanItem(props.userId);
  const [grams, setGrams] = useState(String(Math.round(props.grams)));
  const invalid = check(GRAMS, grams, 'number');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (invalid) return;
    edit.mutate(
      { date: props.date, mealIndex: props.mealIndex, itemIndex: props.itemIndex, grams: Number(grams.replace(',', '.')) },
      { onSuccess: props.onSaved },
    );
  };
  return (
    <li className="portion">
      <form className="row" onSubmit={submit} noValidate>
        <Field label={t('coachTools.plan.grams', { food: props.food })} error={say(invalid)}>
          {(p) => <input {...p} type="number" inputMode="decimal" step={5} {...inputLimits(GRAMS)} value={grams} onChange={(e) => setGrams(e.target.value)} />}
        </Field>
        <span>{f.kcal(props.kcal)}</span>
        <button type="submit" className="btn small" disabled={edit.isPending} aria-label={t('coachTools.plan.saveItemNamed', { food: props.food })}>
          {t('coachTools.plan.saveItem')}
        </button>
      </form>
      {edit.isError && (
        <p role="alert" className="bad">
          {edit.error.message || t('state.error')}
        </p>
      )}
    </li>
  );
}

function AssignForm({ today, pending, onSubmit }: { today: string; pending: boolean; onSubmit: (body: GeneratePlan) => void }) {
  const { t } = useTranslation();
  const weeks = [
    { value: today, label: t('plan.thisWeek') },
    { value: shiftDay(today, 7), label: t('plan.nextWeek') },
  ];
  const [weekOf, setWeekOf] = useState(weeks[1].value);
  const [dietType, setDiet] = useState<DietType>('omnivore');
  const [mealsPerDay, setMeals] = useState<3 | 4 | 5>(4);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ weekOf, dietType, mealsPerDay });
  };
  return (
    <form className="stack" onSubmit={submit}>
      <div className="grid-2">
        <Field label={t('plan.week')}>
          {(p) => (
            <select {...p} value={weekOf} onChange={(e) => setWeekOf(e.target.value)}>
              {weeks.map((w) => (
                <option key={w.value} value={w.value}>
                  {w.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('plan.diet')}>
          {(p) => (
            <select {...p} value={dietType} onChange={(e) => setDiet(e.target.value as DietType)}>
              {DIET_TYPES.map((d) => (
                <option key={d} value={d}>
                  {t(`plan.diets.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('plan.mealsPerDay')}>
          {(p) => (
            <select {...p} value={mealsPerDay} onChange={(e) => setMeals(Number(e.target.value) as 3 | 4 | 5)}>
              {[3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div>
        <button type="submit" className="btn primary" disabled={pending}>
          {t('coachTools.plan.assign')}
        </button>
      </div>
    </form>
  );
}
