import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inputLimits, limitOf } from '../../api/limits';
import { queryKeys } from '../../api/query-keys';
import {
  DIET_TYPES,
  type DietType,
  type FoodPreferences,
  type Goal,
  allergenLabel,
  fetchFoodPreferences,
  fetchGoal,
  saveFoodPreferences,
  saveGoal,
  splitList,
} from '../../api/preferences.api';
import { ErrorState, Loading } from '../../components/states';
import { useUnits } from '../../hooks/use-units';
import { Field } from '../auth/auth-form';

const DIRECTIONS: Goal['direction'][] = ['lose', 'maintain', 'gain'];

/** Diet, allergies, dislikes and the weight goal: the form twin of what the coach's interview asks. */
export function DietGoalSection() {
  const { t } = useTranslation();
  const prefs = useQuery({ queryKey: queryKeys.foodPreferences, queryFn: fetchFoodPreferences });
  const goal = useQuery({ queryKey: queryKeys.goal, queryFn: fetchGoal });
  const units = useUnits();
  return (
    <section className="card" aria-labelledby="diet-goal-title">
      <h2 id="diet-goal-title">{t('settings.dietGoal')}</h2>
      {(prefs.isPending || goal.isPending) && <Loading />}
      {(prefs.isError || goal.isError) && <ErrorState onRetry={() => void Promise.all([prefs.refetch(), goal.refetch()])} />}
      {/* Keyed by units: the typed weights are in the units the form was opened with. */}
      {prefs.data && goal.data && <DietGoalForm key={units.system} prefs={prefs.data} goal={goal.data} />}
    </section>
  );
}

function DietGoalForm({ prefs, goal }: { prefs: FoodPreferences; goal: Goal }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { weight } = useUnits();
  const [diet, setDiet] = useState<DietType | ''>(prefs.dietType ?? '');
  const [allergens, setAllergens] = useState(prefs.allergens.map(allergenLabel).join(', '));
  const [dislikes, setDislikes] = useState(prefs.dislikes.join(', '));
  const [direction, setDirection] = useState(goal.direction);
  // Both typed in kg or lb, sent in kg.
  const [rate, setRate] = useState(() => String(weight.shown(goal.rateKgPerWeek, 2)));
  const [targetWeight, setTargetWeight] = useState(() => weight.input(goal.targetWeightKg));
  const rateLimit = inputLimits(weight.limit(limitOf('UpdateGoalDto', 'rateKgPerWeek')));
  const targetLimit = inputLimits(weight.limit(limitOf('UpdateGoalDto', 'targetWeightKg')));
  const save = useMutation({
    mutationFn: async () => {
      const saved = await saveFoodPreferences({ dietType: diet || null, allergens: splitList(allergens), dislikes: splitList(dislikes) });
      await saveGoal({
        direction,
        rateKgPerWeek: direction === 'maintain' ? 0 : (weight.parse(rate) ?? 0),
        targetWeightKg: weight.parse(targetWeight),
      });
      return saved;
    },
    onSuccess: (saved) => {
      setAllergens(saved.allergens.map(allergenLabel).join(', '));
      void client.invalidateQueries({ queryKey: queryKeys.foodPreferences });
      void client.invalidateQueries({ queryKey: queryKeys.goal });
      void client.invalidateQueries({ queryKey: queryKeys.targets });
      void client.invalidateQueries({ queryKey: queryKeys.summary.all });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="stack" onSubmit={submit}>
      <div className="grid-2">
        <Field label={t('plan.diet')}>
          {(p) => (
            <select {...p} value={diet} onChange={(e) => setDiet(e.target.value as DietType | '')}>
              <option value="">{t('settings.notSet')}</option>
              {DIET_TYPES.map((d) => (
                <option key={d} value={d}>
                  {t(`plan.diets.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('settings.allergies')} hint={t('plan.listHint')}>
          {(p) => <input {...p} value={allergens} onChange={(e) => setAllergens(e.target.value)} />}
        </Field>
        <Field label={t('plan.dislikes')} hint={t('plan.listHint')}>
          {(p) => <input {...p} value={dislikes} onChange={(e) => setDislikes(e.target.value)} />}
        </Field>
        <Field label={t('settings.goal')}>
          {(p) => (
            <select {...p} value={direction} onChange={(e) => setDirection(e.target.value as Goal['direction'])}>
              {DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`settings.directions.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {direction !== 'maintain' && (
          <Field label={t('settings.rate', { unit: weight.unit })}>
            {(p) => (
              <input {...p} type="number" inputMode="decimal" {...rateLimit} step={0.01} value={rate} onChange={(e) => setRate(e.target.value)} />
            )}
          </Field>
        )}
        <Field label={t('settings.targetWeight', { unit: weight.unit })}>
          {(p) => (
            <input {...p} type="number" inputMode="decimal" {...targetLimit} step={weight.step} value={targetWeight} onChange={(e) => setTargetWeight(e.target.value)} />
          )}
        </Field>
      </div>
      {save.isError && (
        <p role="alert" className="bad">
          {save.error.message || t('state.error')}
        </p>
      )}
      {save.isSuccess && <p role="status">{t('settings.saved')}</p>}
      <button type="submit" className="btn primary" disabled={save.isPending}>
        {t('settings.saveDietGoal')}
      </button>
    </form>
  );
}
