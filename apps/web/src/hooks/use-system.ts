import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys';
import { fetchMeta, fetchReadiness } from '../api/system.api';

export const useMeta = () => useQuery({ queryKey: queryKeys.meta, queryFn: fetchMeta, staleTime: Infinity });

export const useReadiness = () =>
  useQuery({ queryKey: queryKeys.health.ready, queryFn: fetchReadiness, refetchInterval: 10_000 });
