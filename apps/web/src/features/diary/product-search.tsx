import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { searchProducts } from '../../api/products.api';
import { queryKeys } from '../../api/query-keys';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useDebounced } from '../../hooks/use-debounced';
import { useFormat } from '../../i18n/format';

const MIN_QUERY = 2;

/** Search the catalogue as you type (debounced, paginated); a result opens its product page to log it. */
export function ProductSearch() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const id = useId();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim());
  const results = useInfiniteQuery({
    queryKey: queryKeys.products.search(query, i18n.language),
    queryFn: ({ pageParam }) => searchProducts(query, i18n.language, pageParam ?? undefined),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: query.length >= MIN_QUERY,
  });
  const items = results.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="stack" role="search">
      <h2>{t('diary.search')}</h2>
      <label htmlFor={id}>{t('diary.searchLabel')}</label>
      <input id={id} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      {query.length >= MIN_QUERY && results.isPending && <Loading />}
      {results.isError && <ErrorState onRetry={() => void results.refetch()} />}
      {results.isSuccess && items.length === 0 && <Empty>{t('diary.noResults')}</Empty>}
      <ul className="entries" data-testid="search-results">
        {items.map((p) => (
          <li key={p.code}>
            <Link to={`/products/${p.code}`}>
              {p.name ?? p.code}
              {p.brands.length > 0 && <small> · {p.brands.join(', ')}</small>}
            </Link>
            <span>{p.nutrientsPer100g.energyKcal === null ? t('product.unknown') : `${f.kcal(p.nutrientsPer100g.energyKcal)} / 100 g`}</span>
            <span />
          </li>
        ))}
      </ul>
      {results.hasNextPage && (
        <button type="button" className="btn" onClick={() => void results.fetchNextPage()} disabled={results.isFetchingNextPage}>
          {t('diary.more')}
        </button>
      )}
      {items.length > 0 && <p className="hint">{t('product.attribution')}</p>}
    </div>
  );
}
