import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchProduct } from '../api/products.api';
import { queryKeys } from '../api/query-keys';
import { fetchFoodPreferences } from '../api/preferences.api';

export function useProduct(code: string) {
  const { i18n } = useTranslation();
  return useQuery({ queryKey: queryKeys.products.byCode(code, i18n.language), queryFn: () => fetchProduct(code, i18n.language), staleTime: 5 * 60_000 });
}

/** Allergens the user avoids (their food preferences, which every plan also honours). */
export function useAvoidedAllergens() {
  return useQuery({
    queryKey: queryKeys.foodPreferences,
    queryFn: fetchFoodPreferences,
    select: (prefs) => prefs.allergens,
    staleTime: 5 * 60_000,
  });
}
