import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';
import { acceptTokens, clearSession, type Me } from './session';

export type RegisterInput = Omit<components['schemas']['RegisterDto'], 'useCookie'>;
export type LoginInput = Omit<components['schemas']['LoginDto'], 'useCookie'>;

export async function register(input: RegisterInput): Promise<Me> {
  return acceptTokens(unwrap(await api.POST('/api/v1/auth/register', { body: { ...input, useCookie: true } })));
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
