import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';

export type ActivityType = components['schemas']['ActivityTypeDto'];
export type Activity = components['schemas']['ActivityDto'];

/** The activities the server knows (MET table), for the log form. */
export async function fetchActivityTypes(): Promise<ActivityType[]> {
  return unwrap(await api.GET('/api/v1/activities/types'));
}

export async function fetchRecentActivities(limit: number): Promise<Activity[]> {
  return unwrap(await api.GET('/api/v1/activities', { params: { query: { limit } } })).items;
}

/** An activity of `durationMin` that ended now. */
export async function logActivity(type: string, durationMin: number): Promise<Activity> {
  const startedAt = new Date(Date.now() - durationMin * 60_000).toISOString();
  return unwrap(await api.POST('/api/v1/activities', { body: { type, durationMin, startedAt } }));
}
