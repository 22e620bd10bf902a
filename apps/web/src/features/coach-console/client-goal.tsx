import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Goal } from '../../api/coach.api';
import { check, inputLimits, limitOf, serverFieldErrors } from '../../api/limits';
import { ErrorState, Loading } from '../../components/states';
import { useClientGoal, useClientTargets, useUpdateClientGoal } from '../../hooks/use-coaching';
import { useUnits } from '../../hooks/use-units';
import { useValidation } from '../../hooks/use-validation';
import { useFormat } from '../../i18n/format';
import { Field } from '../auth/auth-form';
import './coach-console.strings';

const DIRECTIONS: Goal['direction'][] = ['lose', 'maintain', 'gain'];
const limit = (field: string) => limitOf('CoachGoalDto', field);

/**
 * The client's goal and today's targets. The form exists only when the client granted "write";
 * without it the section says so and offers nothing to change (the API would refuse with 403).
 */
export function ClientGoal({ userId, name, canWrite }: { userId: string; name: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { weight, system } = useUnits();
  const goal = useClientGoal(userId);
  const targets = useClientTargets(userId);
  return (
    <section className="card stack" aria-labelledby="client-goal-title">
      <h2 id="client-goal-title">{t('coachTools.goal.title', { name })}</h2>
      {(goal.isPending || targets.isPending) && <Loading />}
      {(goal.isError || targets.isError) && <ErrorState onRetry={() => void Promise.all([goal.refetch(), targets.refetch()])} />}
      {goal.data && (
        <p data-testid="client-goal">
          {t('coachTools.goal.current', {
            direction: t(`coachTools.goal.directions.${goal.data.direction}`),
            rate: weight.format(goal.data.rateKgPerWeek, 2),
          })}
          {goal.data.targetWeightKg !== null && ` · ${t('coachTools.goal.targetWeight', { kg: weight.format(goal.data.targetWeightKg) })}`}
          {goal.data.coachEnergyOverrideKcal !== null && ` · ${t('coachTools.goal.override', { kcal: f.kcal(goal.data.coachEnergyOverrideKcal) })}`}
        </p>
      )}
      {targets.data === null && <p className="hint">{t('coachTools.goal.noTargets', { name })}</p>}
      {targets.data && (
        <p data-testid="client-targets">
          {t('coachTools.goal.targets', {
            kcal: f.kcal(targets.data.energyKcal),
            protein: f.grams(targets.data.proteinG, 0),
            carbs: f.grams(targets.data.carbohydratesG, 0),
            fat: f.grams(targets.data.fatG, 0),
          })}
        </p>
      )}
      {!canWrite && (
        <p className="notice" data-testid="goal-read-only">
          {t('coachTools.goal.readOnly', { name })}
        </p>
      )}
      {/* Keyed by units: the typed weights are in the units the form was opened with. */}
      {canWrite && goal.data && <GoalForm key={system} userId={userId} name={name} goal={goal.data} />}
    </section>
  );
}

function GoalForm({ userId, name, goal }: { userId: string; name: string; goal: Goal }) {
  const { t } = useTranslation();
  const f = useFormat();
  const say = useValidation();
  const { weight } = useUnits();
  const save = useUpdateClientGoal(userId);
  const [direction, setDirection] = useState(goal.direction);
  const [rate, setRate] = useState(() => String(weight.shown(goal.rateKgPerWeek, 2)));
  const [targetWeight, setTargetWeight] = useState(() => weight.input(goal.targetWeightKg));
  const [energy, setEnergy] = useState(goal.coachEnergyOverrideKcal === null ? '' : String(goal.coachEnergyOverrideKcal));
  const [steps, setSteps] = useState(goal.stepsPerDay === null ? '' : String(goal.stepsPerDay));
  const [workouts, setWorkouts] = useState(goal.workoutsPerWeek === null ? '' : String(goal.workoutsPerWeek));
  const [tried, setTried] = useState(false);
  const rateLimit = weight.limit(limit('rateKgPerWeek'));
  const weightLimit = weight.limit(limit('targetWeightKg'));
  const checks = {
    rate: direction === 'maintain' ? null : check(rateLimit, rate, 'number'),
    targetWeight: check(weightLimit, targetWeight, 'number', false),
    energy: check(limit('coachEnergyOverrideKcal'), energy, 'number', false),
    steps: check(limit('stepsPerDay'), steps, 'number', false),
    workouts: check(limit('workoutsPerWeek'), workouts, 'number', false),
  };
  const server = serverFieldErrors(save.error);
  const whole = (text: string) => (text.trim() ? Math.round(Number(text.replace(',', '.'))) : null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.values(checks).some(Boolean)) return;
    save.mutate({
      direction,
      rateKgPerWeek: direction === 'maintain' ? 0 : (weight.parse(rate) ?? 0),
      targetWeightKg: weight.parse(targetWeight),
      coachEnergyOverrideKcal: whole(energy),
      stepsPerDay: whole(steps),
      workoutsPerWeek: whole(workouts),
    });
  };
  const err = (own: keyof typeof checks, field: string) => (tried ? say(checks[own], server[field]) : say(server[field]));
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="goal-form-title">
      <h3 id="goal-form-title">{t('coachTools.goal.edit')}</h3>
      <div className="grid-2">
        <Field label={t('coachTools.goal.direction')}>
          {(p) => (
            <select {...p} value={direction} onChange={(e) => setDirection(e.target.value as Goal['direction'])}>
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`coachTools.goal.directions.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {direction !== 'maintain' && (
          <Field label={t('coachTools.goal.rate', { unit: weight.unit })} error={err('rate', 'rateKgPerWeek')}>
            {(p) => <input {...p} type="number" inputMode="decimal" step={0.05} {...inputLimits(rateLimit)} value={rate} onChange={(e) => setRate(e.target.value)} />}
          </Field>
        )}
        <Field label={t('coachTools.goal.targetWeightField', { unit: weight.unit })} error={err('targetWeight', 'targetWeightKg')}>
          {(p) => (
            <input {...p} type="number" inputMode="decimal" step={weight.step} {...inputLimits(weightLimit)} value={targetWeight} onChange={(e) => setTargetWeight(e.target.value)} />
          )}
        </Field>
        <Field label={t('coachTools.goal.energy')} hint={t('coachTools.goal.energyHint')} error={err('energy', 'coachEnergyOverrideKcal')}>
          {(p) => <input {...p} type="number" inputMode="numeric" step={10} {...inputLimits(limit('coachEnergyOverrideKcal'))} value={energy} onChange={(e) => setEnergy(e.target.value)} />}
        </Field>
        <Field label={t('coachTools.goal.steps')} error={err('steps', 'stepsPerDay')}>
          {(p) => <input {...p} type="number" inputMode="numeric" step={500} {...inputLimits(limit('stepsPerDay'))} value={steps} onChange={(e) => setSteps(e.target.value)} />}
        </Field>
        <Field label={t('coachTools.goal.workouts')} error={err('workouts', 'workoutsPerWeek')}>
          {(p) => <input {...p} type="number" inputMode="numeric" step={1} {...inputLimits(limit('workoutsPerWeek'))} value={workouts} onChange={(e) => setWorkouts(e.target.value)} />}
        </Field>
      </div>
      <div>
        <button type="submit" className="btn primary" disabled={save.isPending}>
          {t('coachTools.goal.save')}
        </button>
      </div>
      {save.isError && (
        <p role="alert" className="bad">
          {Object.keys(server).length ? t('validation.fix') : save.error.message || t('state.error')}
        </p>
      )}
      <SavedNote name={name} userId={userId} shown={save.isSuccess} format={f.kcal} />
    </form>
  );
}

/** After a save: the new daily target, once the refetched targets arrive. */
function SavedNote({ name, userId, shown, format }: { name: string; userId: string; shown: boolean; format: (n: number) => string }) {
  const { t } = useTranslation();
  const targets = useClientTargets(userId);
  if (!shown || !targets.data || targets.isFetching) return null;
  return (
    <p role="status" className="ok" data-testid="goal-saved">
      {t('coachTools.goal.saved', { name, kcal: format(targets.data.energyKcal) })}
    </p>
  );
}
