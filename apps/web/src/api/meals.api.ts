import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';

export type Recipe = components['schemas']['RecipeDto'];
export type RecipeIngredient = components['schemas']['RecipeIngredientDto'];
export type RecipeInput = components['schemas']['CreateRecipeDto'];
export type ItemSpec = components['schemas']['ItemSpecDto'];
export type SavedMeal = components['schemas']['SavedMealDto'];
export type UserFood = components['schemas']['UserFoodDto'];
export type LogPortion = components['schemas']['LogPortionDto'];
export type DiaryCopy = components['schemas']['CopyDto'];
export type LoggedEntry = components['schemas']['EntryDto'];

export async function listRecipes(): Promise<Recipe[]> {
  return unwrap(await api.GET('/api/v1/recipes'));
}

export async function createRecipe(input: RecipeInput): Promise<Recipe> {
  return unwrap(await api.POST('/api/v1/recipes', { body: input }));
}

/** Replaces name, servings and ingredients; the API computes the nutrition again. */
export async function updateRecipe(id: string, input: RecipeInput): Promise<Recipe> {
  return unwrap(await api.PUT('/api/v1/recipes/{id}', { params: { path: { id } }, body: input }));
}

export async function deleteRecipe(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/v1/recipes/{id}', { params: { path: { id } } }));
}

/** Logs `servings` of a recipe into a meal of a day; answers the diary entries it made. */
export async function logRecipe(id: string, portion: LogPortion): Promise<LoggedEntry[]> {
  return unwrap(await api.POST('/api/v1/recipes/{id}/log', { params: { path: { id } }, body: portion }));
}

export async function listSavedMeals(): Promise<SavedMeal[]> {
  return unwrap(await api.GET('/api/v1/saved-meals'));
}

/** Saves what is logged in one meal of a day under a name, for one-tap logging later. */
export async function saveLoggedMeal(name: string, date: string, slot: LogPortion['slot']): Promise<SavedMeal> {
  return unwrap(await api.POST('/api/v1/saved-meals', { body: { name, date, slot } }));
}

export async function deleteSavedMeal(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/v1/saved-meals/{id}', { params: { path: { id } } }));
}

/** Logs a saved meal as it was saved (the schema's `servings` does not apply to it). */
export async function logSavedMeal(id: string, portion: Pick<LogPortion, 'slot' | 'date'>): Promise<LoggedEntry[]> {
  return unwrap(await api.POST('/api/v1/saved-meals/{id}/log', { params: { path: { id } }, body: { ...portion, servings: 1 } }));
}

/** The user's own foods (recipe ingredients besides catalogue products). */
export async function listUserFoods(): Promise<UserFood[]> {
  return unwrap(await api.GET('/api/v1/foods'));
}

/** Copies a whole day, or one meal (`fromSlot`, optionally into `toSlot`), to another day. */
export async function copyDiary(copy: DiaryCopy): Promise<LoggedEntry[]> {
  return unwrap(await api.POST('/api/v1/diary/copy', { body: copy }));
}
