import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';

export type DailySummary = components['schemas']['DailySummaryDto'];
export type Targets = components['schemas']['TargetsDto'];
export type CreateEntry = components['schemas']['CreateEntryDto'];
export type Slot = components['schemas']['EntryDto']['slot'];

/**
 * Nutrients of a diary entry as the meals module returns them. The OpenAPI document currently
 * holds one `NutrientsDto` for two classes of that name (meals' and facts'), and the generated
 * type is the product one; these are the fields the diary really carries.
 */
export interface MealNutrients {
  energyKcal: number;
  proteinG: number;
  carbohydratesG: number;
  fatG: number;
  fiberG: number;
  sugarsG: number;
  saturatedFatG: number;
  saltG: number;
}
export type Entry = Omit<components['schemas']['EntryDto'], 'nutrients'> & { nutrients: MealNutrients };
export type DiaryDay = Omit<components['schemas']['DiaryDayDto'], 'slots' | 'totals'> & {
  slots: Record<Slot, Entry[]>;
  totals: MealNutrients;
};
export const SLOTS: Slot[] = ['breakfast', 'lunch', 'dinner', 'snacks'];

export async function fetchDailySummary(date?: string): Promise<DailySummary> {
  return unwrap(await api.GET('/api/v1/summary/daily', { params: { query: date ? { date } : {} } }));
}

export async function fetchDiary(date?: string): Promise<DiaryDay> {
  return unwrap(await api.GET('/api/v1/diary', { params: { query: date ? { date } : {} } })) as unknown as DiaryDay;
}

/** The key makes a retried write (flaky network, double tap) land once. */
export async function addEntry(entry: CreateEntry, idempotencyKey: string): Promise<Entry> {
  const created = unwrap(await api.POST('/api/v1/diary/entries', { body: entry, params: { header: { 'Idempotency-Key': idempotencyKey } } }));
  return created as unknown as Entry;
}

export async function deleteEntry(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/v1/diary/entries/{id}', { params: { path: { id } } }));
}

export async function addWater(ml: number, date?: string): Promise<void> {
  unwrap(await api.POST('/api/v1/diary/water', { body: { ml, ...(date ? { date } : {}) } }));
}
