import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';

export type FoodPreferences = components['schemas']['FoodPreferencesDto'];
export type UpdateFoodPreferences = components['schemas']['UpdateFoodPreferencesDto'];
export type Goal = components['schemas']['GoalDto'];
export type UpdateGoal = components['schemas']['UpdateGoalDto'];
export type DietType = NonNullable<FoodPreferences['dietType']>;
export const DIET_TYPES: DietType[] = ['omnivore', 'vegetarian', 'vegan', 'pescatarian'];

export async function fetchFoodPreferences(): Promise<FoodPreferences> {
  return unwrap(await api.GET('/api/v1/food-preferences'));
}

export async function saveFoodPreferences(body: UpdateFoodPreferences): Promise<FoodPreferences> {
  return unwrap(await api.PUT('/api/v1/food-preferences', { body }));
}

export async function fetchGoal(): Promise<Goal> {
  return unwrap(await api.GET('/api/v1/goals'));
}

export async function saveGoal(body: UpdateGoal): Promise<Goal> {
  return unwrap(await api.PUT('/api/v1/goals', { body }));
}

/** "en:sesame-seeds" → "sesame seeds": the words a person typed, not the catalogue tag. */
export const allergenLabel = (tag: string): string => tag.replace(/^[a-z]{2}:/, '').replace(/-/g, ' ');

/** A comma-separated field as a list. */
export const splitList = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
