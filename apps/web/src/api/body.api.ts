import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';

export type Weight = components['schemas']['WeightDto'];
export type Measurement = components['schemas']['MeasurementDto'];
export type AddMeasurement = components['schemas']['AddMeasurementDto'];
export type GoalProgress = components['schemas']['GoalProgressDto'];
export type StreakCalendar = components['schemas']['StreakCalendarDto'];
export type CalendarDay = components['schemas']['CalendarDayDto'];

/** Weigh-ins in a date range (each may carry a body-fat percentage). */
export async function fetchWeights(from: string, to: string): Promise<Weight[]> {
  return unwrap(await api.GET('/api/v1/body/weights', { params: { query: { from, to } } }));
}

/** Measurements of one name ("waist"), in cm. */
export async function fetchMeasurements(name: string): Promise<Measurement[]> {
  return unwrap(await api.GET('/api/v1/body/measurements', { params: { query: { name } } }));
}

export async function addMeasurement(body: AddMeasurement): Promise<Measurement[]> {
  return unwrap(await api.POST('/api/v1/body/measurements', { body }));
}

/** The goal with the weight trend's slope and the date it projects the target is reached. */
export async function fetchGoalProgress(): Promise<GoalProgress> {
  return unwrap(await api.GET('/api/v1/goals/progress'));
}

/** The last `days` local days: diary entries and workouts per day, and the logging streak. */
export async function fetchStreakCalendar(days: number): Promise<StreakCalendar> {
  return unwrap(await api.GET('/api/v1/summary/calendar', { params: { query: { days } } }));
}
