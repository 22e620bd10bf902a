import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';
import type { MealNutrients } from './tracking.api';

type PlanDto = components['schemas']['PlanDto'];
export type GeneratePlan = components['schemas']['GeneratePlanDto'];
export type PlanItem = Omit<components['schemas']['PlanItemDto'], 'nutrients'> & { nutrients: MealNutrients };
export type PlanMeal = Omit<components['schemas']['PlanMealDto'], 'items' | 'totals'> & { items: PlanItem[]; totals: MealNutrients };
export type PlanDay = Omit<components['schemas']['PlanDayDto'], 'meals' | 'totals'> & { meals: PlanMeal[]; totals: MealNutrients };
/** Plan nutrients use the meals shape (see MealNutrients for why the generated type differs). */
export type Plan = Omit<PlanDto, 'days'> & { days: PlanDay[] };

/** The plan of the current week, or null when there is none (404). */
export async function fetchCurrentPlan(): Promise<Plan | null> {
  const result = await api.GET('/api/v1/plans/current');
  if (result.response.status === 404) return null;
  return unwrap(result) as unknown as Plan;
}

export async function generatePlan(body: GeneratePlan): Promise<Plan> {
  return unwrap(await api.POST('/api/v1/plans/generate', { body })) as unknown as Plan;
}

export async function logPlannedMeal(date: string, mealIndex: number): Promise<void> {
  unwrap(await api.POST('/api/v1/plans/current/log-meal', { body: { date, mealIndex } }));
}
