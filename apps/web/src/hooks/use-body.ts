import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { addMeasurement, fetchGoalProgress, fetchMeasurements, fetchStreakCalendar, fetchWeights } from '../api/body.api';
import { queryKeys } from '../api/query-keys';
import { logWeight } from '../api/weights.api';

export const useWeights = (from: string, to: string) => useQuery({ queryKey: queryKeys.body.weights(from, to), queryFn: () => fetchWeights(from, to) });
export const useMeasurements = (name: string) => useQuery({ queryKey: queryKeys.body.measurements(name), queryFn: () => fetchMeasurements(name) });
export const useGoalProgress = () => useQuery({ queryKey: queryKeys.goalProgress, queryFn: fetchGoalProgress });
export const useStreakCalendar = (days: number) => useQuery({ queryKey: queryKeys.summary.calendar(days), queryFn: () => fetchStreakCalendar(days) });

export interface BodyLog {
  date: string;
  weightKg: number | null;
  bodyFatPercent: number | null;
  waistCm: number | null;
}

/**
 * One form, up to two writes: the weigh-in (with body fat) and the waist. Whatever landed is
 * shown: the caches are refreshed even when the second write fails. A weigh-in moves the
 * trend, the goal's projection, the targets and the summaries.
 */
export function useLogBody() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (m: BodyLog) => {
      if (m.weightKg !== null) await logWeight({ date: m.date, weightKg: m.weightKg, bodyFatPercent: m.bodyFatPercent });
      if (m.waistCm !== null) await addMeasurement({ date: m.date, name: 'waist', value: m.waistCm, unit: 'cm' });
    },
    onSettled: (_, __, m) => {
      void qc.invalidateQueries({ queryKey: queryKeys.body.all });
      if (m.weightKg === null) return;
      void qc.invalidateQueries({ queryKey: queryKeys.goal });
      void qc.invalidateQueries({ queryKey: queryKeys.summary.all });
      void qc.invalidateQueries({ queryKey: queryKeys.targets });
    },
  });
}
