import { randomUUID } from 'node:crypto';
import type { TestApp, TestUser } from '@welness/testing';

/** What one request answered during a fault: status, Retry-After, content type and how long it took. */
export interface ProbeResult {
  name: string;
  status: number;
  retryAfter: string | null;
  contentType: string | null;
  body: unknown;
  elapsedMs: number;
}

export interface Probe {
  name: string;
  method: string;
  path: string;
  body?: () => unknown;
  headers?: () => Record<string, string>;
  anonymous?: boolean;
}

/** A request that hangs is a failure of its own: abort well past any store timeout and say so (status 0). */
export async function probe(t: TestApp, user: TestUser, p: Probe, timeoutMs = 30_000): Promise<ProbeResult> {
  const started = Date.now();
  const body = p.body?.();
  const base = p.anonymous ? {} : body === undefined ? user.auth : user.headers;
  const headers = { ...base, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...p.headers?.() };
  try {
    const res = await fetch(`${t.url}${p.path}`, {
      method: p.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // SSE or text answers stay text
    }
    return {
      name: p.name,
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      contentType: res.headers.get('content-type'),
      body: parsed,
      elapsedMs: Date.now() - started,
    };
  } catch {
    return { name: p.name, status: 0, retryAfter: null, contentType: null, body: null, elapsedMs: Date.now() - started };
  }
}

/** Polls `check` until it holds (never a fixed sleep); returns the ms it took, or throws after `limitMs`. */
export async function until(check: () => Promise<boolean>, limitMs: number, everyMs = 100): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`condition not met within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** A user with a profile and a goal, so targets, summaries and plans have something to compute. */
export async function withProfile(t: TestApp, user: TestUser): Promise<void> {
  const call = (method: string, path: string, body: unknown) =>
    fetch(`${t.url}/api/v1${path}`, { method, headers: user.headers, body: JSON.stringify(body) });
  const me = await call('PATCH', '/me', { birthDate: '1988-04-12', sex: 'female', heightCm: 168, activityLevel: 'moderate' });
  if (me.status !== 200) throw new Error(`PATCH /me ${me.status} ${await me.text()}`);
  const goal = await call('PUT', '/goals', { direction: 'lose', rateKgPerWeek: 0.25, workoutsPerWeek: 3, stepsPerDay: 8000 });
  if (goal.status >= 300) throw new Error(`PUT /goals ${goal.status} ${await goal.text()}`);
  const weight = await call('POST', '/body/weights', { weightKg: 70, date: '2026-03-01' });
  if (weight.status >= 300) throw new Error(`POST /body/weights ${weight.status} ${await weight.text()}`);
}

export const quickEntry = (date: string) => ({
  kind: 'quick',
  quick: { name: 'Porridge', energyKcal: 350, proteinG: 12 },
  quantity: 1,
  unit: 'serving',
  slot: 'breakfast',
  date,
});

export const idempotent = (): Record<string, string> => ({ 'idempotency-key': randomUUID() });

export const isProblem = (r: ProbeResult): boolean => (r.contentType ?? '').startsWith('application/problem+json');
