import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';

export type Import = components['schemas']['ImportDto'];
export type AdminUser = components['schemas']['MeDto'];

export async function listImports(): Promise<Import[]> {
  return unwrap(await api.GET('/api/v1/admin/imports', { params: { query: { limit: 20 } } })).items;
}
export async function startImport(source: string, format?: Import['format']): Promise<Import> {
  return unwrap(await api.POST('/api/v1/admin/imports', { body: { source, ...(format ? { format } : {}) } }));
}
export async function searchUsers(q: string): Promise<AdminUser[]> {
  return unwrap(await api.GET('/api/v1/admin/users', { params: { query: { limit: 50, ...(q ? { q } : {}) } } })).items;
}
export async function grantRole(id: string, role: 'coach' | 'admin'): Promise<AdminUser> {
  return unwrap(await api.POST('/api/v1/admin/users/{id}/roles', { params: { path: { id } }, body: { role } }));
}
export async function setActive(id: string, active: boolean): Promise<void> {
  const path = active ? '/api/v1/admin/users/{id}/reactivate' : '/api/v1/admin/users/{id}/deactivate';
  unwrap(await api.POST(path, { params: { path: { id } } }));
}
