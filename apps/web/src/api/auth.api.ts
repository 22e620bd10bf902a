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

/** The identity providers the server has configured for sign-in (none → an empty list). */
export async function fetchOidcProviders(): Promise<string[]> {
  return unwrap(await api.GET('/api/v1/auth/oidc/providers')).providers;
}

export async function requestPasswordReset(email: string): Promise<void> {
  unwrap(await api.POST('/api/v1/auth/password/reset-request', { body: { email } }));
}

export async function resetPassword(token: string, newPassword: string): Promise<void> {
  unwrap(await api.POST('/api/v1/auth/password/reset', { body: { token, newPassword } }));
}

export async function verifyEmail(token: string): Promise<void> {
  unwrap(await api.POST('/api/v1/auth/email/verify', { body: { token } }));
}

export type MfaEnrollment = components['schemas']['MfaEnrollmentDto'];
export type RecoveryCodes = components['schemas']['RecoveryCodesDto'];

export async function enrollMfa(): Promise<MfaEnrollment> {
  return unwrap(await api.POST('/api/v1/auth/mfa/enroll'));
}

export async function confirmMfa(totp: string): Promise<RecoveryCodes> {
  return unwrap(await api.POST('/api/v1/auth/mfa/confirm', { body: { totp } }));
}
