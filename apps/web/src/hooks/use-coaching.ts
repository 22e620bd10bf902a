import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AdherenceDays,
  type CoachGoal,
  type EditPlannedItem,
  type GeneratePlan,
  type Scope,
  acceptLink,
  addNote,
  assignPlan,
  deleteNote,
  editPlanItem,
  endCoachLinkAsClient,
  fetchAdherence,
  fetchClient,
  fetchClientDiary,
  fetchClientGoal,
  fetchClientPlan,
  fetchClientTargets,
  inviteClient,
  inviteCoach,
  listClients,
  listCoachLinks,
  listMyCoachLinks,
  listNotes,
  updateClientGoal,
  updateNote,
} from '../api/coach.api';
import { queryKeys } from '../api/query-keys';

const keys = queryKeys.coaching;

export const useMyCoachLinks = () => useQuery({ queryKey: keys.myLinks, queryFn: listMyCoachLinks });
export const useCoachLinks = () => useQuery({ queryKey: keys.coachLinks, queryFn: listCoachLinks });
export const useClients = () => useQuery({ queryKey: keys.clients, queryFn: listClients });
/** Switching 7 ↔ 30 days keeps the table on screen until the other period arrives. */
export const useAdherence = (days: AdherenceDays) =>
  useQuery({ queryKey: keys.adherence(days), queryFn: () => fetchAdherence(days), placeholderData: keepPreviousData });
/** No retry: a 404 here means the link is gone, and the page must say so at once. */
export const useClient = (id: string) => useQuery({ queryKey: keys.clientSummary(id), queryFn: () => fetchClient(id), retry: false });
export const useClientDiary = (id: string, enabled: boolean, date: string) =>
  useQuery({ queryKey: keys.clientDiary(id, date), queryFn: () => fetchClientDiary(id, date), enabled, retry: false });
export const useClientNotes = (id: string) => useQuery({ queryKey: keys.clientNotes(id), queryFn: () => listNotes(id), retry: false });
export const useClientGoal = (id: string) => useQuery({ queryKey: keys.clientGoal(id), queryFn: () => fetchClientGoal(id), retry: false });
export const useClientTargets = (id: string) =>
  useQuery({ queryKey: keys.clientTargets(id), queryFn: () => fetchClientTargets(id), retry: false });
export const useClientPlan = (id: string) => useQuery({ queryKey: keys.clientPlan(id), queryFn: () => fetchClientPlan(id), retry: false });

function useInvalidate(key: readonly unknown[] = keys.all) {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: key });
}

export function useInviteCoach() {
  const done = useInvalidate();
  return useMutation({ mutationFn: ({ email, scopes }: { email: string; scopes: Scope[] }) => inviteCoach(email, scopes), onSuccess: done });
}
export function useEndLinkAsClient() {
  const done = useInvalidate();
  return useMutation({ mutationFn: endCoachLinkAsClient, onSuccess: done });
}
export function useAcceptLink() {
  const done = useInvalidate();
  return useMutation({ mutationFn: acceptLink, onSuccess: done });
}
export function useInviteClient() {
  const done = useInvalidate();
  return useMutation({ mutationFn: ({ email, scopes }: { email: string; scopes: Scope[] }) => inviteClient(email, scopes), onSuccess: done });
}

export function useAddNote(userId: string) {
  const done = useInvalidate(keys.clientNotes(userId));
  return useMutation({ mutationFn: (body: string) => addNote(userId, body), onSuccess: done });
}
export function useUpdateNote(userId: string) {
  const done = useInvalidate(keys.clientNotes(userId));
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: string }) => updateNote(userId, id, body), onSuccess: done });
}
export function useDeleteNote(userId: string) {
  const done = useInvalidate(keys.clientNotes(userId));
  return useMutation({ mutationFn: (id: string) => deleteNote(userId, id), onSuccess: done });
}

/** A new goal changes the targets, the week's judgement and the overview: refetch all of this client. */
export function useUpdateClientGoal(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CoachGoal) => updateClientGoal(userId, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.client(userId) });
      void client.invalidateQueries({ queryKey: keys.adherenceAll });
    },
  });
}
export function useAssignPlan(userId: string) {
  const done = useInvalidate(keys.clientPlan(userId));
  return useMutation({ mutationFn: (body: GeneratePlan) => assignPlan(userId, body), onSuccess: done });
}
export function useEditPlanItem(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: EditPlannedItem) => editPlanItem(userId, body),
    onSuccess: (plan) => client.setQueryData(keys.clientPlan(userId), plan),
  });
}
