import type { TestUser } from './auth.helpers';
import type { TestApp } from './test-app';

/** One JSON call to `/api/v1` as `user`; an empty body answers null. */
export async function apiCall<T = unknown>(
  t: TestApp,
  user: TestUser,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(`${t.url}/api/v1${path}`, {
    method,
    // Fastify rejects an empty body sent as JSON, so body-less calls carry only the auth header.
    headers: body === undefined ? { ...user.auth, ...headers } : { ...user.headers, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers };
}
