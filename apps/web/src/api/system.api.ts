import { api } from './client';

export interface Readiness {
  status: string;
  checks: { name: string; status: string; latencyMs: number; error?: string }[];
}

export async function fetchMeta() {
  const { data, error } = await api.GET('/api/v1/meta');
  if (error || !data) throw new Error('meta unavailable');
  return data;
}

/** 503 is an answer here, not a failure: its body still lists each store. */
export async function fetchReadiness(): Promise<Readiness> {
  const { data, error, response } = await api.GET('/health/ready');
  if (data) return data;
  if (response.status === 503 && error) return error as unknown as Readiness;
  throw new Error(`health check failed (${response.status})`);
}
