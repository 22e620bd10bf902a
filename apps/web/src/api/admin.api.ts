import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';

export type Import = components['schemas']['ImportDto'];
export type AdminUser = components['schemas']['MeDto'];
export type GrantableRole = components['schemas']['RoleDto']['role'];
export type Agent = components['schemas']['AgentConfigDto'];
export type AgentUpdate = components['schemas']['UpdateAgentConfigDto'];
export type AgentStats = components['schemas']['AgentStatsDto'];
export type AuditEvent = components['schemas']['AdminAuditEventDto'];
export type AuditPage = components['schemas']['AdminAuditPageDto'];
export interface AuditFilter {
  action?: string;
  userId?: string;
}

export async function listImports(): Promise<Import[]> {
  return unwrap(await api.GET('/api/v1/admin/imports', { params: { query: { limit: 20 } } })).items;
}
export async function startImport(source: string, format?: Import['format']): Promise<Import> {
  return unwrap(await api.POST('/api/v1/admin/imports', { body: { source, ...(format ? { format } : {}) } }));
}

export async function searchUsers(q: string): Promise<AdminUser[]> {
  return unwrap(await api.GET('/api/v1/admin/users', { params: { query: { limit: 50, ...(q ? { q } : {}) } } })).items;
}
export async function fetchUser(id: string): Promise<AdminUser> {
  return unwrap(await api.GET('/api/v1/admin/users/{id}', { params: { path: { id } } }));
}
/** The account with exactly this email, or null. */
export async function findUserByEmail(email: string): Promise<AdminUser | null> {
  const address = email.trim().toLowerCase();
  return (await searchUsers(address)).find((u) => u.email.toLowerCase() === address) ?? null;
}
export async function grantRole(id: string, role: GrantableRole): Promise<AdminUser> {
  return unwrap(await api.POST('/api/v1/admin/users/{id}/roles', { params: { path: { id } }, body: { role } }));
}
export async function revokeRole(id: string, role: GrantableRole): Promise<AdminUser> {
  return unwrap(await api.DELETE('/api/v1/admin/users/{id}/roles/{role}', { params: { path: { id, role } } }));
}
export async function setActive(id: string, active: boolean): Promise<void> {
  const path = active ? '/api/v1/admin/users/{id}/reactivate' : '/api/v1/admin/users/{id}/deactivate';
  unwrap(await api.POST(path, { params: { path: { id } } }));
}

/** The audit trail, newest first; `cursor` continues after the previous page. */
export async function fetchAudit(filter: AuditFilter, cursor?: string): Promise<AuditPage> {
  const query = { limit: 25, ...(filter.action ? { action: filter.action } : {}), ...(filter.userId ? { userId: filter.userId } : {}), ...(cursor ? { cursor } : {}) };
  return unwrap(await api.GET('/api/v1/admin/audit', { params: { query } }));
}

export async function listAgents(): Promise<Agent[]> {
  return unwrap(await api.GET('/api/v1/admin/agents')).items;
}
export async function updateAgent(id: string, body: AgentUpdate): Promise<Agent> {
  return unwrap(await api.PATCH('/api/v1/admin/agents/{id}', { params: { path: { id } }, body }));
}
export async function fetchAgentStats(id: string): Promise<AgentStats> {
  return unwrap(await api.GET('/api/v1/admin/agents/{id}/stats', { params: { path: { id } } }));
}
