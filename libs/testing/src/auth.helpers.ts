import { randomBytes } from 'node:crypto';
import { UsersService } from '@welness/identity';
import type { Role } from '@welness/platform';
import type { TestApp } from './test-app';

export interface SignUpOptions {
  email?: string;
  password?: string;
  displayName?: string;
  timeZone?: string;
  /** Extra roles granted right after registration (e.g. ['coach'] or ['admin']). */
  roles?: Role[];
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  /** `Authorization` plus JSON content type, for requests with a JSON body (and GETs). */
  headers: Record<string, string>;
  /** `Authorization` only: use for bodiless DELETE/POST (Fastify rejects an empty JSON body). */
  auth: Record<string, string>;
}

/** Registers a fresh account through the real API (register answers 202, then sign in) and returns its tokens. */
export async function signUp(t: TestApp, opts: SignUpOptions = {}): Promise<TestUser> {
  const email = opts.email ?? `user-${randomBytes(6).toString('hex')}@example.test`;
  const password = opts.password ?? `pw-${randomBytes(9).toString('base64url')}`;
  const reg = await fetch(`${t.url}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, displayName: opts.displayName, timeZone: opts.timeZone }),
  });
  if (reg.status !== 202) throw new Error(`signUp failed: ${reg.status} ${await reg.text()}`);
  const res = await fetch(`${t.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`signUp: sign-in after registering failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { accessToken: string; refreshToken: string; user: { id: string } };
  for (const role of opts.roles ?? []) await grantRole(t, body.user.id, role);
  return {
    id: body.user.id,
    email,
    password,
    accessToken: body.accessToken,
    refreshToken: body.refreshToken,
    headers: { authorization: `Bearer ${body.accessToken}`, 'content-type': 'application/json' },
    auth: { authorization: `Bearer ${body.accessToken}` },
  };
}

/** Grants a role directly through the identity service; takes effect on the user's existing token. */
export async function grantRole(t: TestApp, userId: string, role: Role): Promise<void> {
  await t.app.get(UsersService, { strict: false }).grantRole(userId, role);
}

/** Signs in with email and password (no MFA) and returns fresh tokens. */
export async function logIn(
  t: TestApp,
  email: string,
  password: string,
): Promise<{ accessToken: string; refreshToken: string; headers: Record<string, string> }> {
  const res = await fetch(`${t.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`logIn failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { accessToken: string; refreshToken: string };
  return {
    ...body,
    headers: { authorization: `Bearer ${body.accessToken}`, 'content-type': 'application/json' },
  };
}
