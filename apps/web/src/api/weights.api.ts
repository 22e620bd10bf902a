import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';

export type WeightTrendPoint = components['schemas']['TrendPointDto'];
export type LogWeight = components['schemas']['LogWeightDto'];
export type Weight = components['schemas']['WeightDto'];
export type WeeklySummary = components['schemas']['WeeklySummaryDto'];

/** Weigh-ins (kg) with the smoothed trend, oldest first. */
export async function fetchWeightTrend(from: string, to: string): Promise<WeightTrendPoint[]> {
  return unwrap(await api.GET('/api/v1/body/weights/trend', { params: { query: { from, to } } }));
}

/** One weigh-in a day: a second one the same day replaces the first. Always kg. */
export async function logWeight(body: LogWeight): Promise<Weight> {
  return unwrap(await api.POST('/api/v1/body/weights', { body }));
}

/** The week holding `weekOf`: energy by day, adherence, streak and the weight trend's change. */
export async function fetchWeeklySummary(weekOf: string): Promise<WeeklySummary> {
  return unwrap(await api.GET('/api/v1/summary/weekly', { params: { query: { weekOf } } }));
}
