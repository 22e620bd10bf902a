import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';

export type GeneratePlan = components['schemas']['GeneratePlanDto'];
export type PlanItem = components['schemas']['PlanItemDto'];
export type PlanMeal = components['schemas']['PlanMealDto'];
export type PlanDay = components['schemas']['PlanDayDto'];
export type Plan = components['schemas']['PlanDto'];

/** The plan of the current week, or null when there is none (404). */
export async function fetchCurrentPlan(): Promise<Plan | null> {
  const result = await api.GET('/api/v1/plans/current');
  if (result.response.status === 404) return null;
  return unwrap(result);
}

export async function generatePlan(body: GeneratePlan): Promise<Plan> {
  return unwrap(await api.POST('/api/v1/plans/generate', { body }));
}

export async function logPlannedMeal(date: string, mealIndex: number): Promise<void> {
  unwrap(await api.POST('/api/v1/plans/current/log-meal', { body: { date, mealIndex } }));
}
