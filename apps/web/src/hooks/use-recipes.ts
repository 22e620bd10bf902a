import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  copyDiary,
  createRecipe,
  deleteRecipe,
  deleteSavedMeal,
  type DiaryCopy,
  type LogPortion,
  listRecipes,
  listSavedMeals,
  listUserFoods,
  logRecipe,
  logSavedMeal,
  type RecipeInput,
  saveLoggedMeal,
  updateRecipe,
} from '../api/meals.api';
import { queryKeys } from '../api/query-keys';

export const useRecipes = () => useQuery({ queryKey: queryKeys.recipes, queryFn: listRecipes });
export const useSavedMeals = () => useQuery({ queryKey: queryKeys.savedMeals, queryFn: listSavedMeals });
export const useUserFoods = () => useQuery({ queryKey: queryKeys.userFoods, queryFn: listUserFoods, staleTime: 60_000 });

/** What a new diary entry changes: the day's list and every summary built on it. */
function useDiaryChanged() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: queryKeys.diary.all });
    void client.invalidateQueries({ queryKey: queryKeys.summary.all });
  };
}

/** Creates a recipe, or replaces one when `id` is given. */
export function useSaveRecipe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: RecipeInput }) => (id ? updateRecipe(id, input) : createRecipe(input)),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.recipes }),
  });
}

export function useDeleteRecipe() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteRecipe, onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.recipes }) });
}

export function useLogRecipe() {
  const changed = useDiaryChanged();
  return useMutation({ mutationFn: ({ id, portion }: { id: string; portion: LogPortion }) => logRecipe(id, portion), onSuccess: changed });
}

export function useSaveMeal() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ name, date, slot }: { name: string; date: string; slot: LogPortion['slot'] }) => saveLoggedMeal(name, date, slot),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.savedMeals }),
  });
}

export function useDeleteSavedMeal() {
  const client = useQueryClient();
  return useMutation({ mutationFn: deleteSavedMeal, onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.savedMeals }) });
}

export function useLogSavedMeal() {
  const changed = useDiaryChanged();
  return useMutation({
    mutationFn: ({ id, portion }: { id: string; portion: Pick<LogPortion, 'slot' | 'date'> }) => logSavedMeal(id, portion),
    onSuccess: changed,
  });
}

export function useCopyDiary() {
  const changed = useDiaryChanged();
  return useMutation({ mutationFn: (copy: DiaryCopy) => copyDiary(copy), onSuccess: changed });
}
