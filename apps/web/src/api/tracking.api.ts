import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';

export type DailySummary = components['schemas']['DailySummaryDto'];
export type Targets = components['schemas']['TargetsDto'];
export type CreateEntry = components['schemas']['CreateEntryDto'];
export type Slot = components['schemas']['EntryDto']['slot'];

export type MealNutrients = components['schemas']['MealNutrientsDto'];
export type Entry = components['schemas']['EntryDto'];
export type DiaryDay = components['schemas']['DiaryDayDto'];
export const SLOTS: Slot[] = ['breakfast', 'lunch', 'dinner', 'snacks'];

export async function fetchDailySummary(date?: string): Promise<DailySummary> {
  return unwrap(await api.GET('/api/v1/summary/daily', { params: { query: date ? { date } : {} } }));
}

export async function fetchDiary(date?: string): Promise<DiaryDay> {
  return unwrap(await api.GET('/api/v1/diary', { params: { query: date ? { date } : {} } }));
}

/** The key makes a retried write (flaky network, double tap) land once. */
export async function addEntry(entry: CreateEntry, idempotencyKey: string): Promise<Entry> {
  return unwrap(await api.POST('/api/v1/diary/entries', { body: entry, params: { header: { 'Idempotency-Key': idempotencyKey } } }));
}

export async function deleteEntry(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/v1/diary/entries/{id}', { params: { path: { id } } }));
}

export async function addWater(ml: number, date?: string): Promise<void> {
  unwrap(await api.POST('/api/v1/diary/water', { body: { ml, ...(date ? { date } : {}) } }));
}
