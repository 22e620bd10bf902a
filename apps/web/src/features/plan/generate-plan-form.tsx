import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeneratePlan } from '../../api/plans.api';
import { Field } from '../auth/auth-form';

const DIETS: NonNullable<GeneratePlan['dietType']>[] = ['omnivore', 'vegetarian', 'vegan', 'pescatarian'];

/** Preferences for a (re)generated week: diet, meals a day, allergens and dislikes to avoid. */
export function GeneratePlanForm({ onSubmit, pending, weeks }: { onSubmit: (body: GeneratePlan) => void; pending: boolean; weeks: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const [dietType, setDiet] = useState<NonNullable<GeneratePlan['dietType']>>('omnivore');
  const [mealsPerDay, setMeals] = useState<3 | 4 | 5>(4);
  const [allergens, setAllergens] = useState('');
  const [dislikes, setDislikes] = useState('');
  const [weekOf, setWeekOf] = useState(weeks[0]?.value ?? '');
  const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ dietType, mealsPerDay, excludeAllergens: list(allergens), dislikedFoods: list(dislikes), weekOf });
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
      <button type="submit" className="btn primary" disabled={pending}>
        {t('plan.generate')}
      </button>
    </form>
  );
}
