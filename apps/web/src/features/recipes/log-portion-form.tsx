import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { check, inputLimits, limitOf } from '../../api/limits';
import { type Slot, SLOTS } from '../../api/tracking.api';
import { useLogRecipe, useLogSavedMeal } from '../../hooks/use-recipes';
import { useToday } from '../../hooks/use-today';
import { useValidation } from '../../hooks/use-validation';
import { useFormat } from '../../i18n/format';
import { Field } from '../auth/auth-form';
import './recipes.strings';

/** Today's meal for the hour: breakfast before 11, lunch before 16, dinner before 22. */
export function slotForHour(hour: number): Slot {
  if (hour < 11) return 'breakfast';
  if (hour < 16) return 'lunch';
  if (hour < 22) return 'dinner';
  return 'snacks';
}

/** Logs a recipe (with servings) or a saved meal into a meal of a day, then links to that day. */
export function LogPortionForm({ kind, id, name }: { kind: 'recipe' | 'saved-meal'; id: string; name: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const today = useToday();
  const [servings, setServings] = useState('1');
  const [slot, setSlot] = useState<Slot>(() => slotForHour(new Date().getHours()));
  const [date, setDate] = useState(today);
  const recipe = useLogRecipe();
  const meal = useLogSavedMeal();
  const log = kind === 'recipe' ? recipe : meal;
  const say = useValidation();
  const servingsLimit = limitOf('LogPortionDto', 'servings');
  const servingsCheck = kind === 'recipe' ? check(servingsLimit, servings, 'number') : null;
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (servingsCheck || !date) return;
    if (kind === 'recipe') recipe.mutate({ id, portion: { slot, date, servings: Number(servings.replace(',', '.')) } });
    else meal.mutate({ id, portion: { slot, date } });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="grid-2">
        {kind === 'recipe' && (
          <Field label={t('recipes.portions')} error={say(tried ? servingsCheck : null)}>
            {(p) => <input {...p} type="number" step="0.5" inputMode="decimal" {...inputLimits(servingsLimit)} value={servings} onChange={(e) => setServings(e.target.value)} />}
          </Field>
        )}
        <Field label={t('recipes.meal')}>
          {(p) => (
            <select {...p} value={slot} onChange={(e) => setSlot(e.target.value as Slot)}>
              {SLOTS.map((s) => (
                <option key={s} value={s}>
                  {t(`diary.slots.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('recipes.date')}>{(p) => <input {...p} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />}</Field>
      </div>
      <button type="submit" className="btn primary" disabled={log.isPending}>
        {t('recipes.logButton')}
      </button>
      {log.isError && (
        <p role="alert" className="bad">
          {log.error.message}
        </p>
      )}
      {log.isSuccess && (
        <p role="status" className="ok">
          {t('recipes.logged', { name, meal: t(`diary.slots.${slot}`), date: f.date(`${date}T12:00:00`, { weekday: 'long', day: 'numeric', month: 'long' }) })}{' '}
          <Link to={date === today ? '/diary' : `/diary?date=${date}`}>{t('recipes.openDiary')}</Link>
        </p>
      )}
    </form>
  );
}
