import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { check, inputLimits, limitOf } from '../../api/limits';
import { type Slot, SLOTS } from '../../api/tracking.api';
import { useLogRecipe, useLogSavedMeal, useRecipes, useSavedMeals } from '../../hooks/use-recipes';
import { ErrorState } from '../../components/states';
import { useValidation } from '../../hooks/use-validation';
import { Field } from '../auth/auth-form';
import './diary.strings';

/** Logs one of the user's recipes (in servings) or saved meals into a meal of the day shown. */
export function FromRecipes({ date }: { date: string }) {
  const { t } = useTranslation();
  const recipes = useRecipes();
  const meals = useSavedMeals();
  const [choice, setChoice] = useState('');
  const [servings, setServings] = useState('1');
  const [slot, setSlot] = useState<Slot>('lunch');
  const [tried, setTried] = useState(false);
  const logRecipe = useLogRecipe();
  const logMeal = useLogSavedMeal();
  const say = useValidation();
  const [kind, ref] = choice.split(':') as ['recipe' | 'meal' | '', string | undefined];
  const log = kind === 'meal' ? logMeal : logRecipe;
  const limit = limitOf('LogPortionDto', 'servings');
  const servingsCheck = kind === 'recipe' ? check(limit, servings, 'number') : null;
  const name = kind === 'recipe' ? recipes.data?.find((r) => r.id === ref)?.name : meals.data?.find((m) => m.id === ref)?.name;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!ref || servingsCheck) return;
    if (kind === 'recipe') logRecipe.mutate({ id: ref, portion: { slot, date, servings: Number(servings.replace(',', '.')) } });
    else logMeal.mutate({ id: ref, portion: { slot, date } });
  };
  // Fields appear once both lists are in: a new user, who has neither, sees a hint instead.
  const ready = recipes.isSuccess && meals.isSuccess;
  const empty = ready && recipes.data.length === 0 && meals.data.length === 0;
  return (
    // No accessible name on the form itself: the heading says what it is, and a named form whose
    // name holds "meals" would answer to every "Meal" label lookup on the page.
    <form className="stack" onSubmit={submit} noValidate data-testid="from-recipes">
      <h2>{t('diaryTools.fromRecipes')}</h2>
      {(recipes.isError || meals.isError) && <ErrorState onRetry={() => void (recipes.refetch(), meals.refetch())} />}
      {empty && <p className="state state-empty">{t('diaryTools.nothingYet')}</p>}
      {ready && !empty && (
        <>
          <div className="grid-2">
            <Field label={t('diaryTools.what')} error={tried && !ref ? t('validation.required') : null}>
              {(p) => (
                <select {...p} value={choice} onChange={(e) => (setChoice(e.target.value), logRecipe.reset(), logMeal.reset())}>
                  <option value="">{t('diaryTools.choose')}</option>
                  {!!recipes.data?.length && (
                    <optgroup label={t('diaryTools.recipesGroup')}>
                      {recipes.data.map((r) => (
                        <option key={r.id} value={`recipe:${r.id}`}>
                          {r.name}
                        </option>
                      ))}
                    </optgroup>
                  )}
                  {!!meals.data?.length && (
                    <optgroup label={t('diaryTools.savedGroup')}>
                      {meals.data.map((m) => (
                        <option key={m.id} value={`meal:${m.id}`}>
                          {m.name}
                        </option>
                      ))}
                    </optgroup>
                  )}
                </select>
              )}
            </Field>
            {kind === 'recipe' && (
              <Field label={t('diaryTools.servings')} error={say(tried ? servingsCheck : null)}>
                {(p) => <input {...p} type="number" step="0.5" inputMode="decimal" {...inputLimits(limit)} value={servings} onChange={(e) => setServings(e.target.value)} />}
              </Field>
            )}
            <Field label={t('diary.slot')}>
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
          </div>
          <button type="submit" className="btn primary" disabled={log.isPending}>
            {t('diaryTools.log')}
          </button>
          {log.isError && (
            <p role="alert" className="bad">
              {log.error.message}
            </p>
          )}
          {log.isSuccess && name && (
            <p role="status" className="ok">
              {t('diaryTools.logged', { name })}
            </p>
          )}
        </>
      )}
      <p>
        <Link to="/recipes">{t('diaryTools.manage')}</Link>
      </p>
    </form>
  );
}
