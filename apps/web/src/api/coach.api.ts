import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';
import type { DiaryDay } from './tracking.api';

export type CoachLink = components['schemas']['CoachLinkDto'];
export type Scope = CoachLink['scopes'][number];
export type ClientSummary = components['schemas']['ClientSummaryDto'];
export type Plan = components['schemas']['PlanDto'];
export type CoachNote = components['schemas']['CoachNoteDto'];
export type Goal = components['schemas']['GoalDto'];
export type CoachGoal = components['schemas']['CoachGoalDto'];
export type ClientTargets = components['schemas']['TargetsDto'];
export type GeneratePlan = components['schemas']['GeneratePlanDto'];
export type EditPlannedItem = components['schemas']['EditPlannedItemDto'];
export type CoachAdherence = components['schemas']['CoachAdherenceDto'];
export type ClientAdherence = components['schemas']['ClientAdherenceDto'];
export type AdherenceDays = CoachAdherence['days'];
export type WeeklySummary = components['schemas']['WeeklySummaryDto'];
export type TrendPoint = components['schemas']['TrendPointDto'];
export type ActivityPage = components['schemas']['ActivityPageDto'];
export type FoodPreferences = components['schemas']['FoodPreferencesDto'];

/** The client's id in the path of every coach route (`/api/v1/clients/{userId}/...`). */
const client = (userId: string) => ({ path: { userId } });

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
/** Days logged and energy against target for every client who granted "read". */
export async function fetchAdherence(days: AdherenceDays): Promise<CoachAdherence> {
  return unwrap(await api.GET('/api/v1/coach/adherence', { params: { query: { days } } }));
}
export async function fetchClient(userId: string): Promise<ClientSummary> {
  return unwrap(await api.GET('/api/v1/clients/{userId}', { params: client(userId) }));
}
export async function fetchClientDiary(userId: string, date?: string): Promise<DiaryDay> {
  return unwrap(await api.GET('/api/v1/clients/{userId}/diary', { params: { ...client(userId), query: date ? { date } : {} } }));
}
export async function fetchClientWeek(userId: string, weekOf: string): Promise<WeeklySummary> {
  return unwrap(await api.GET('/api/v1/clients/{userId}/summary/weekly', { params: { ...client(userId), query: { weekOf } } }));
}
export async function fetchClientWeightTrend(userId: string, from: string, to: string): Promise<TrendPoint[]> {
  return unwrap(await api.GET('/api/v1/clients/{userId}/body/weights/trend', { params: { ...client(userId), query: { from, to } } }));
}
export async function fetchClientActivities(userId: string, limit: number): Promise<ActivityPage> {
  return unwrap(await api.GET('/api/v1/clients/{userId}/activities', { params: { ...client(userId), query: { limit } } }));
}
export async function fetchClientFoodPreferences(userId: string): Promise<FoodPreferences> {
  return unwrap(await api.GET('/api/v1/clients/{userId}/food-preferences', { params: client(userId) }));
}

// Notes: private to the coach, encrypted at rest by the API.
export async function listNotes(userId: string): Promise<CoachNote[]> {
  return unwrap(await api.GET('/api/v1/clients/{userId}/notes', { params: client(userId) })).items;
}
export async function addNote(userId: string, body: string): Promise<CoachNote> {
  return unwrap(await api.POST('/api/v1/clients/{userId}/notes', { params: client(userId), body: { body } }));
}
export async function updateNote(userId: string, noteId: string, body: string): Promise<CoachNote> {
  return unwrap(
    await api.PATCH('/api/v1/clients/{userId}/notes/{noteId}', { params: { path: { userId, noteId } }, body: { body } }),
  );
}
export async function deleteNote(userId: string, noteId: string): Promise<void> {
  unwrap(await api.DELETE('/api/v1/clients/{userId}/notes/{noteId}', { params: { path: { userId, noteId } } }));
}

// Goal and targets (reading needs "read"; changing the goal needs "write").
export async function fetchClientGoal(userId: string): Promise<Goal> {
  return unwrap(await api.GET('/api/v1/clients/{userId}/goals', { params: client(userId) }));
}
export async function updateClientGoal(userId: string, body: CoachGoal): Promise<Goal> {
  return unwrap(await api.PUT('/api/v1/clients/{userId}/goals', { params: client(userId), body }));
}
/** The client's targets for today, or null while their profile lacks what targets need (409). */
export async function fetchClientTargets(userId: string): Promise<ClientTargets | null> {
  const result = await api.GET('/api/v1/clients/{userId}/targets', { params: client(userId) });
  if (result.response.status === 409) return null;
  return unwrap(result);
}

// Plans (generating and editing need "write").
/** The client's plan of the current week, or null when there is none (404). */
export async function fetchClientPlan(userId: string): Promise<Plan | null> {
  const result = await api.GET('/api/v1/clients/{userId}/plans/current', { params: client(userId) });
  if (result.response.status === 404) return null;
  return unwrap(result);
}
export async function assignPlan(userId: string, body: GeneratePlan): Promise<Plan> {
  return unwrap(await api.POST('/api/v1/clients/{userId}/plans/generate', { params: client(userId), body }));
}
export async function editPlanItem(userId: string, body: EditPlannedItem): Promise<Plan> {
  return unwrap(await api.PATCH('/api/v1/clients/{userId}/plans/current/items', { params: client(userId), body }));
}
