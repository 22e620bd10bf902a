import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchWeeklySummary, fetchWeightTrend, logWeight } from '../api/weights.api';
import { queryKeys } from '../api/query-keys';

export function useWeightTrend(from: string, to: string) {
  return useQuery({ queryKey: queryKeys.body.weightTrend(from, to), queryFn: () => fetchWeightTrend(from, to) });
}

export function useWeeklySummary(weekOf: string) {
  return useQuery({ queryKey: queryKeys.summary.weekly(weekOf), queryFn: () => fetchWeeklySummary(weekOf) });
}

/** A weigh-in moves the trend, the targets (energy follows weight) and the summaries. */
export function useLogWeight() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: logWeight,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.body.all });
      void qc.invalidateQueries({ queryKey: queryKeys.summary.all });
      void qc.invalidateQueries({ queryKey: queryKeys.targets });
    },
  });
}
