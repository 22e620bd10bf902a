import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';
import type { DiaryDay } from './tracking.api';

export type CoachLink = components['schemas']['CoachLinkDto'];
export type Scope = CoachLink['scopes'][number];
export type ClientSummary = components['schemas']['ClientSummaryDto'];
export type Plan = components['schemas']['PlanDto'];

/**
 * The coach routes take the client's id in the path, but the OpenAPI document does not declare
 * that parameter yet (the controllers read it through @SubjectUserId). openapi-fetch fills
 * {userId} from params.path at run time either way; the cast only bridges the missing type.
 */
const forClient = <Q extends object>(userId: string, query?: Q) => ({ params: { path: { userId }, query } }) as never;

// --- the client's side ---
export async function listMyCoachLinks(): Promise<CoachLink[]> {
  return unwrap(await api.GET('/api/v1/me/coach-links')).items;
}
export async function inviteCoach(coachEmail: string, scopes: Scope[]): Promise<CoachLink> {
  return unwrap(await api.POST('/api/v1/me/coach-links', { body: { coachEmail, scopes } }));
}
export async function consentToCoach(id: string, scopes: Scope[]): Promise<CoachLink> {
  return unwrap(await api.POST('/api/v1/me/coach-links/{id}/consent', { params: { path: { id } }, body: { scopes } }));
}
export async function endCoachLinkAsClient(id: string): Promise<CoachLink> {
  return unwrap(await api.POST('/api/v1/me/coach-links/{id}/end', { params: { path: { id } } }));
}

// --- the coach's side ---
export async function listCoachLinks(): Promise<CoachLink[]> {
  return unwrap(await api.GET('/api/v1/coach/links')).items;
}
export async function acceptLink(id: string): Promise<CoachLink> {
  return unwrap(await api.POST('/api/v1/coach/links/{id}/accept', { params: { path: { id } } }));
}
export async function inviteClient(email: string, scopes: Scope[]): Promise<CoachLink> {
  return unwrap(await api.POST('/api/v1/coach/invitations', { body: { email, scopes } }));
}
export async function listClients(): Promise<ClientSummary[]> {
  return unwrap(await api.GET('/api/v1/clients')).items;
}
export async function fetchClient(userId: string): Promise<ClientSummary> {
  return unwrap(await api.GET('/api/v1/clients/{userId}', forClient(userId)));
}
export async function fetchClientDiary(userId: string, date?: string): Promise<DiaryDay> {
  return unwrap(await api.GET('/api/v1/clients/{userId}/diary', forClient(userId, date ? { date } : {}))) as unknown as DiaryDay;
}
export async function assignPlan(userId: string, body: components['schemas']['GeneratePlanDto']): Promise<Plan> {
  return unwrap(await api.POST('/api/v1/clients/{userId}/plans/generate', { ...(forClient(userId) as object), body } as never));
}
