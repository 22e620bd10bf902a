import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipe } from '../../api/meals.api';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useDeleteRecipe, useDeleteSavedMeal, useRecipes, useSavedMeals } from '../../hooks/use-recipes';
import { useFormat } from '../../i18n/format';
import { LogPortionForm } from './log-portion-form';
import { RecipeEditor } from './recipe-editor';
import './recipes.strings';

function RecipeCard({ recipe, onEdit }: { recipe: Recipe; onEdit: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const remove = useDeleteRecipe();
  const s = recipe.perServing;
  const titleId = `recipe-${recipe.id}`;
  return (
    <li>
      <article className="stack recipe" aria-labelledby={titleId} data-testid="recipe">
        <div className="row spread">
          <h3 id={titleId}>{recipe.name}</h3>
          <strong data-testid="recipe-per-serving">{t('recipes.perServing', { energy: f.kcal(s.energyKcal) })}</strong>
        </div>
        <p className="hint">
          {t('recipes.servingsCount', { count: recipe.servings })} · {t('recipes.macros', { protein: f.grams(s.proteinG, 0), carbs: f.grams(s.carbohydratesG, 0), fat: f.grams(s.fatG, 0) })}
        </p>
        <p>
          <small>{recipe.ingredients.map((i) => i.name).join(', ')}</small>
        </p>
        <details>
          <summary>{t('recipes.logNamed', { name: recipe.name })}</summary>
          <LogPortionForm kind="recipe" id={recipe.id} name={recipe.name} />
        </details>
        <div className="row">
          <button type="button" className="btn" onClick={onEdit} aria-label={t('recipes.editNamed', { name: recipe.name })}>
            {t('recipes.edit')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={remove.isPending}
            onClick={() => window.confirm(t('recipes.confirmDelete', { name: recipe.name })) && remove.mutate(recipe.id)}
            aria-label={t('recipes.deleteNamed', { name: recipe.name })}
          >
            {t('recipes.delete')}
          </button>
        </div>
      </article>
    </li>
  );
}

function SavedMealsSection() {
  const { t } = useTranslation();
  const meals = useSavedMeals();
  const remove = useDeleteSavedMeal();
  return (
    <section className="card stack" aria-labelledby="saved-meals-title">
      <h2 id="saved-meals-title">{t('recipes.savedMeals')}</h2>
      {meals.isPending && <Loading />}
      {meals.isError && <ErrorState onRetry={() => void meals.refetch()} />}
      {meals.data?.length === 0 && <Empty>{t('recipes.noSavedMeals')}</Empty>}
      <ul className="cards">
        {meals.data?.map((m) => (
          <li key={m.id}>
            <article className="stack recipe" aria-labelledby={`meal-${m.id}`}>
              <div className="row spread">
                <h3 id={`meal-${m.id}`}>{m.name}</h3>
                <small>{t('recipes.items', { count: m.items.length })}</small>
              </div>
              <details>
                <summary>{t('recipes.logMealNamed', { name: m.name })}</summary>
                <LogPortionForm kind="saved-meal" id={m.id} name={m.name} />
              </details>
              <button
                type="button"
                className="btn"
                disabled={remove.isPending}
                onClick={() => window.confirm(t('recipes.confirmDeleteMeal', { name: m.name })) && remove.mutate(m.id)}
                aria-label={t('recipes.deleteMealNamed', { name: m.name })}
              >
                {t('recipes.delete')}
              </button>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Recipes (create, edit, log a portion, delete) and the saved meals made from the diary. */
export function RecipesPage() {
  const { t } = useTranslation();
  const recipes = useRecipes();
  // null: no editor; 'new': a new recipe; else the id being edited.
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const current = editing && editing !== 'new' ? (recipes.data?.find((r) => r.id === editing) ?? null) : null;
  const done = (saved: Recipe | null) => {
    setEditing(null);
    setMessage(saved ? t('recipes.saved', { name: saved.name }) : '');
  };
  return (
    <div className="stack">
      <section className="card" aria-labelledby="recipes-title">
        <h1 id="recipes-title">{t('recipes.title')}</h1>
        <p>{t('recipes.intro')}</p>
      </section>
      {editing ? (
        <RecipeEditor key={editing} recipe={current} onDone={done} />
      ) : (
        <section className="card stack" aria-labelledby="recipes-list-title">
          <div className="row spread">
            <h2 id="recipes-list-title">{t('recipes.recipes')}</h2>
            <button type="button" className="btn primary" onClick={() => (setEditing('new'), setMessage(''))}>
              {t('recipes.new')}
            </button>
          </div>
          <p role="status" className="ok">
            {message}
          </p>
          {recipes.isPending && <Loading />}
          {recipes.isError && <ErrorState onRetry={() => void recipes.refetch()} />}
          {recipes.data?.length === 0 && <Empty>{t('recipes.noRecipes')}</Empty>}
          <ul className="cards">
            {recipes.data?.map((r) => (
              <RecipeCard key={r.id} recipe={r} onEdit={() => (setEditing(r.id), setMessage(''))} />
            ))}
          </ul>
        </section>
      )}
      <SavedMealsSection />
    </div>
  );
}
