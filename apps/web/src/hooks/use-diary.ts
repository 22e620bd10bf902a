import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys';
import { addEntry, addWater, type CreateEntry, type DiaryDay, deleteEntry, fetchDailySummary, fetchDiary } from '../api/tracking.api';

export const useDailySummary = (date: string) =>
  useQuery({ queryKey: queryKeys.summary.daily(date), queryFn: () => fetchDailySummary(date) });

export const useDiaryDay = (date: string) => useQuery({ queryKey: queryKeys.diary.day(date), queryFn: () => fetchDiary(date) });

/** Shows the entry at once (optimistic) with the nutrients the caller already knows. */
export interface OptimisticEntry {
  name: string;
  energyKcal: number;
}

export function useAddEntry(date: string) {
  const client = useQueryClient();
  return useMutation({
    // A caller retrying the same logical write passes its own key, so the retry lands once.
    mutationFn: ({ entry, idempotencyKey }: { entry: CreateEntry; preview: OptimisticEntry; idempotencyKey?: string }) =>
      addEntry({ ...entry, date }, idempotencyKey ?? crypto.randomUUID()),
    onMutate: async ({ entry, preview }) => {
      const key = queryKeys.diary.day(date);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<DiaryDay>(key);
      if (previous) {
        const placeholder = {
          id: `pending-${crypto.randomUUID()}`,
          date,
          slot: entry.slot,
          loggedAt: new Date().toISOString(),
          kind: entry.kind,
          ref: null,
          name: preview.name,
          brand: null,
          quantity: entry.quantity,
          unit: entry.unit,
          grams: null,
          nutrients: { energyKcal: preview.energyKcal, proteinG: 0, carbohydratesG: 0, fatG: 0, fiberG: 0, sugarsG: 0, saturatedFatG: 0, saltG: 0 },
          note: null,
          planRef: null,
        };
        client.setQueryData<DiaryDay>(key, {
          ...previous,
          slots: { ...previous.slots, [entry.slot]: [...previous.slots[entry.slot], placeholder] },
          totals: { ...previous.totals, energyKcal: previous.totals.energyKcal + preview.energyKcal },
        });
      }
      return { previous };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) client.setQueryData(queryKeys.diary.day(date), context.previous);
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: queryKeys.diary.all });
      void client.invalidateQueries({ queryKey: queryKeys.summary.all });
    },
  });
}

export function useDeleteEntry(date: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteEntry(id),
    onMutate: async (id) => {
      const key = queryKeys.diary.day(date);
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<DiaryDay>(key);
      if (previous) {
        const slots = Object.fromEntries(
          Object.entries(previous.slots).map(([slot, entries]) => [slot, entries.filter((e) => e.id !== id)]),
        ) as DiaryDay['slots'];
        client.setQueryData<DiaryDay>(key, { ...previous, slots });
      }
      return { previous };
    },
    onError: (_e, _id, context) => {
      if (context?.previous) client.setQueryData(queryKeys.diary.day(date), context.previous);
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: queryKeys.diary.all });
      void client.invalidateQueries({ queryKey: queryKeys.summary.all });
    },
  });
}

export function useAddWater(date: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ml: number) => addWater(ml, date),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: queryKeys.diary.all });
      void client.invalidateQueries({ queryKey: queryKeys.summary.all });
    },
  });
}
