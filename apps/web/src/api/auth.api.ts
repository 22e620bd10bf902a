import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';
import { acceptTokens, clearSession, type Me } from './session';

export type RegisterInput = components['schemas']['RegisterDto'];
export type LoginInput = Omit<components['schemas']['LoginDto'], 'useCookie'>;

/** Registration answers the same for a new and a taken address (no tokens); signing in follows. */
export async function register(input: RegisterInput): Promise<Me> {
  unwrap(await api.POST('/api/v1/auth/register', { body: input }));
  return login({ email: input.email, password: input.password });
}

export async function login(input: LoginInput): Promise<Me> {
  return acceptTokens(unwrap(await api.POST('/api/v1/auth/login', { body: { ...input, useCookie: true } })));
}

export async function logout(): Promise<void> {
  await api.POST('/api/v1/auth/logout', { body: {} });
  clearSession();
}

export async function fetchMe(): Promise<Me> {
  return unwrap(await api.GET('/api/v1/me'));
}
