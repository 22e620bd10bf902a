import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inputLimits, limitOf, serverFieldErrors } from '../../api/limits';
import type { Recipe } from '../../api/meals.api';
import { useSaveRecipe } from '../../hooks/use-recipes';
import { useValidation } from '../../hooks/use-validation';
import { Field } from '../auth/auth-form';
import { IngredientSearch, type PickedIngredient } from './ingredient-search';
import { draftFromRecipe, draftProblems, EMPTY_DRAFT, hasProblems, recipeInput, type RecipeDraft, unitChoices } from './recipe-draft';
import './recipes.strings';

/** Creates a recipe, or edits `recipe`: name, servings and ingredients with their amounts. */
export function RecipeEditor({ recipe, onDone }: { recipe: Recipe | null; onDone: (saved: Recipe | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<RecipeDraft>(() => (recipe ? draftFromRecipe(recipe) : EMPTY_DRAFT));
  const [tried, setTried] = useState(false);
  const counter = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the editor moves keyboard and screen-reader focus to it.
  useEffect(() => heading.current?.focus(), []);
  const save = useSaveRecipe();
  const say = useValidation();
  const problems = draftProblems(draft);
  const server = serverFieldErrors(save.error);
  const shown = tried ? problems : null;
  const set = (patch: Partial<RecipeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setIngredient = (key: string, patch: { quantity?: string; unit?: string }) =>
    setDraft((d) => ({ ...d, ingredients: d.ingredients.map((i) => (i.key === key ? { ...i, ...patch } : i)) }));
  const add = (picked: PickedIngredient) =>
    setDraft((d) => ({ ...d, ingredients: [...d.ingredients, { ...picked, key: `new-${++counter.current}`, quantity: '100' }] }));
  const remove = (key: string) => setDraft((d) => ({ ...d, ingredients: d.ingredients.filter((i) => i.key !== key) }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (hasProblems(problems)) return;
    save.mutate({ id: recipe?.id ?? null, input: recipeInput(draft) }, { onSuccess: (saved) => onDone(saved) });
  };
  const title = recipe ? t('recipes.editTitle', { name: recipe.name }) : t('recipes.newTitle');
  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-testid="recipe-editor">
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <div className="grid-2">
        <Field label={t('recipes.name')} error={say(shown?.name, server.name)}>
          {(p) => <input {...p} maxLength={200} value={draft.name} onChange={(e) => set({ name: e.target.value })} />}
        </Field>
        <Field label={t('recipes.servings')} error={say(shown?.servings, server.servings)}>
          {(p) => (
            <input
              {...p}
              type="number"
              step="0.5"
              inputMode="decimal"
              {...inputLimits(limitOf('CreateRecipeDto', 'servings'))}
              value={draft.servings}
              onChange={(e) => set({ servings: e.target.value })}
            />
          )}
        </Field>
      </div>
      <fieldset className="stack">
        <legend>{t('recipes.ingredients')}</legend>
        {draft.ingredients.length === 0 && <p className={shown?.ingredients ? 'bad' : 'hint'}>{t('recipes.noIngredients')}</p>}
        <ul className="ingredients">
          {draft.ingredients.map((i) => {
            const error = say(shown?.quantities[i.key]);
            return (
              <li key={i.key} className="ingredient">
                <span className="ingredient-name">{i.name}</span>
                <input
                  type="number"
                  step="any"
                  inputMode="decimal"
                  aria-label={t('recipes.amountOf', { name: i.name })}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-${i.key}-error` : undefined}
                  {...inputLimits(limitOf('ItemSpecDto', 'quantity'))}
                  value={i.quantity}
                  onChange={(e) => setIngredient(i.key, { quantity: e.target.value })}
                />
                <select aria-label={t('recipes.unitOf', { name: i.name })} value={i.unit} onChange={(e) => setIngredient(i.key, { unit: e.target.value })}>
                  {unitChoices(i.unit).map((u) => (
                    <option key={u} value={u}>
                      {t(`recipes.units.${u}`, { defaultValue: u })}
                    </option>
                  ))}
                </select>
                <button type="button" className="btn small" onClick={() => remove(i.key)} aria-label={t('recipes.removeIngredient', { name: i.name })}>
                  ×
                </button>
                {error && (
                  <p id={`${id}-${i.key}-error`} className="bad field-error">
                    {error}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        <IngredientSearch onPick={add} />
      </fieldset>
      {save.isError && (
        <p role="alert" className="bad">
          {Object.keys(server).length ? t('validation.fix') : save.error.message}
        </p>
      )}
      <div className="row">
        <button type="submit" className="btn primary" disabled={save.isPending}>
          {t('recipes.save')}
        </button>
        <button type="button" className="btn" onClick={() => onDone(null)}>
          {t('recipes.cancel')}
        </button>
      </div>
    </form>
  );
}
