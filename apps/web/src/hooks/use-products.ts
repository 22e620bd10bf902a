import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchProduct } from '../api/products.api';
import { queryKeys } from '../api/query-keys';
import { api } from '../api/client';
import { unwrap } from '../api/problem';

export function useProduct(code: string) {
  const { i18n } = useTranslation();
  return useQuery({ queryKey: [...queryKeys.products.byCode(code), i18n.language], queryFn: () => fetchProduct(code, i18n.language), staleTime: 5 * 60_000 });
}

/** Allergens the user asked to avoid (their diet plan preferences); empty without a plan. */
export function useAvoidedAllergens() {
  return useQuery({
    queryKey: ['plans', 'current', 'allergens'],
    queryFn: async () => {
      const result = await api.GET('/api/v1/plans/current');
      if (result.response.status === 404) return [] as string[];
      return unwrap(result).preferences.excludeAllergens;
    },
    staleTime: 5 * 60_000,
  });
}
