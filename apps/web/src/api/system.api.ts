import type { components } from '@welness/contracts';
import { api } from './client';

/** 200 (every store up) or the 503 problem, which still lists each store. */
export type Readiness = components['schemas']['ReadyDto'] | components['schemas']['UnreadyProblemDto'];

export async function fetchMeta() {
  const { data, error } = await api.GET('/api/v1/meta');
  if (error || !data) throw new Error('meta unavailable');
  return data;
}

/** 503 is an answer here, not a failure: its body still lists each store. */
export async function fetchReadiness(): Promise<Readiness> {
  const { data, error, response } = await api.GET('/health/ready');
  if (data) return data;
  if (response.status === 503 && error) return error;
  throw new Error(`health check failed (${response.status})`);
}
