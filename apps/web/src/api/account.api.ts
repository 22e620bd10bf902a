import type { components } from '@welness/contracts';
import { api } from './client';
import { ApiError, type Problem, unwrap } from './problem';
import { clearSession } from './session';

export type ApiKey = components['schemas']['ApiKeyDto'];
export type CreatedApiKey = components['schemas']['CreatedApiKeyDto'];
export type CreateApiKey = components['schemas']['CreateApiKeyDto'];
export type PersonalDataExport = components['schemas']['ExportDto'];

/** 204 answers carry no body to unwrap; only the status says whether it worked. */
function noContent(result: { error?: unknown; response: Response }): void {
  if (result.response.ok) return;
  throw new ApiError(result.response.status, (result.error && typeof result.error === 'object' ? result.error : {}) as Problem);
}

export async function fetchApiKeys(): Promise<ApiKey[]> {
  return unwrap(await api.GET('/api/v1/me/api-keys')).items;
}

export async function createApiKey(body: CreateApiKey): Promise<CreatedApiKey> {
  return unwrap(await api.POST('/api/v1/me/api-keys', { body }));
}

export async function revokeApiKey(id: string): Promise<void> {
  noContent(await api.DELETE('/api/v1/me/api-keys/{id}', { params: { path: { id } } }));
}

/** Erases the account everywhere; the server ends every session, so the page does too. */
export async function deleteAccount(password: string): Promise<void> {
  noContent(await api.DELETE('/api/v1/me', { body: { password } }));
  clearSession();
}

/** Everything the app holds about the signed-in person (GDPR export). */
export async function exportMyData(): Promise<PersonalDataExport> {
  return unwrap(await api.GET('/api/v1/me/export'));
}
