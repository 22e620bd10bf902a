import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeneratePlan } from '../../api/plans.api';
import { DIET_TYPES as DIETS, type DietType, type FoodPreferences, allergenLabel, splitList as list } from '../../api/preferences.api';
import { Field } from '../auth/auth-form';

/**
 * Preferences for a (re)generated week: diet, meals a day, allergens and dislikes to avoid.
 * It starts from the person's saved food preferences; the server applies those in any case.
 */
export function GeneratePlanForm({
  onSubmit,
  pending,
  weeks,
  saved,
}: {
  onSubmit: (body: GeneratePlan) => void;
  pending: boolean;
  weeks: { value: string; label: string }[];
  saved: FoodPreferences;
}) {
  const { t } = useTranslation();
  const [dietType, setDiet] = useState<DietType>(saved.dietType ?? 'omnivore');
  const [mealsPerDay, setMeals] = useState<3 | 4 | 5>(4);
  const [allergens, setAllergens] = useState(saved.allergens.map(allergenLabel).join(', '));
  const [dislikes, setDislikes] = useState(saved.dislikes.join(', '));
  const [weekOf, setWeekOf] = useState(weeks[0]?.value ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Bare names become "en:" tags on the server; spaces are not allowed in a tag.
    const tags = list(allergens).map((a) => a.toLowerCase().replace(/\s+/g, '-'));
    onSubmit({ dietType, mealsPerDay, excludeAllergens: tags, dislikedFoods: list(dislikes), weekOf });
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
            <select {...p} value={dietType} onChange={(e) => setDiet(e.target.value as typeof dietType)}>
              {DIETS.map((d) => (
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
        <Field label={t('plan.allergens')} hint={t('plan.listHint')}>
          {(p) => <input {...p} value={allergens} onChange={(e) => setAllergens(e.target.value)} />}
        </Field>
        <Field label={t('plan.dislikes')} hint={t('plan.listHint')}>
          {(p) => <input {...p} value={dislikes} onChange={(e) => setDislikes(e.target.value)} />}
        </Field>
      </div>
      {(saved.dietType || saved.allergens.length > 0) && (
        <p className="hint" data-testid="saved-preferences">
          {t(saved.allergens.length ? 'plan.alwaysApplied' : 'plan.alwaysAppliedDiet', {
            diet: t(`plan.diets.${saved.dietType ?? 'omnivore'}`),
            allergens: saved.allergens.map(allergenLabel).join(', '),
          })}
        </p>
      )}
      <button type="submit" className="btn primary" disabled={pending}>
        {t('plan.generate')}
      </button>
    </form>
  );
}
