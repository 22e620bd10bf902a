import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchProducts } from '../../api/products.api';
import { queryKeys } from '../../api/query-keys';
import { ErrorState, Loading } from '../../components/states';
import { useDebounced } from '../../hooks/use-debounced';
import { useUserFoods } from '../../hooks/use-recipes';
import { useFormat } from '../../i18n/format';
import type { DraftIngredient } from './recipe-draft';
import './recipes.strings';

const MIN_QUERY = 2;

export type PickedIngredient = Omit<DraftIngredient, 'key' | 'quantity'>;

/** Finds an ingredient among the user's own foods and the catalogue; a result adds it to the recipe. */
export function IngredientSearch({ onPick }: { onPick: (picked: PickedIngredient) => void }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const id = useId();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim());
  const foods = useUserFoods();
  // Same key and shape as the diary's search, so both share the cache.
  const products = useInfiniteQuery({
    queryKey: queryKeys.products.search(query, i18n.language),
    queryFn: ({ pageParam }) => searchProducts(query, i18n.language, pageParam ?? undefined),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: query.length >= MIN_QUERY,
  });
  const needle = query.toLowerCase();
  const mine = query.length >= MIN_QUERY ? (foods.data ?? []).filter((food) => food.name.toLowerCase().includes(needle)) : [];
  const catalogue = query.length >= MIN_QUERY ? (products.data?.pages[0]?.items ?? []) : [];
  const pick = (picked: PickedIngredient) => {
    onPick(picked);
    setQ('');
  };
  const searched = query.length >= MIN_QUERY && !products.isPending;
  return (
    <div className="stack" role="search">
      <label htmlFor={id}>{t('recipes.findIngredient')}</label>
      <input id={id} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" aria-describedby={`${id}-hint`} />
      <small id={`${id}-hint`} className="hint block">
        {t('recipes.findHint')}
      </small>
      {query.length >= MIN_QUERY && products.isPending && <Loading />}
      {products.isError && <ErrorState onRetry={() => void products.refetch()} />}
      {searched && mine.length === 0 && catalogue.length === 0 && <p className="state state-empty">{t('recipes.noMatches')}</p>}
      {(mine.length > 0 || catalogue.length > 0) && (
        <ul className="entries" data-testid="ingredient-results">
          {mine.map((food) => (
            <li key={food.id}>
              <span>
                {food.name}
                <small className="block">
                  {t('recipes.myFood')} · {f.kcal(food.per100.energyKcal)} / 100 g
                </small>
              </span>
              <span />
              <button type="button" className="btn small" onClick={() => pick({ kind: 'food', ref: food.id, name: food.name, unit: 'g' })}>
                <span aria-hidden="true">+</span>
                <span className="visually-hidden">{t('recipes.addIngredient', { name: food.name })}</span>
              </button>
            </li>
          ))}
          {catalogue.map((p) => {
            const name = p.name ?? p.code;
            return (
              <li key={p.code}>
                <span>
                  {name}
                  {p.brands.length > 0 && <small> · {p.brands.join(', ')}</small>}
                  {p.nutrientsPer100g.energyKcal !== null && <small className="block">{f.kcal(p.nutrientsPer100g.energyKcal)} / 100 g</small>}
                </span>
                <span />
                <button type="button" className="btn small" onClick={() => pick({ kind: 'product', ref: p.code, name, unit: 'g' })}>
                  <span aria-hidden="true">+</span>
                  <span className="visually-hidden">{t('recipes.addIngredient', { name })}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {catalogue.length > 0 && <p className="hint">{t('recipes.attribution')}</p>}
    </div>
  );
}
