import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  acceptLink,
  assignPlan,
  endCoachLinkAsClient,
  fetchClient,
  fetchClientDiary,
  inviteClient,
  inviteCoach,
  listClients,
  listCoachLinks,
  listMyCoachLinks,
  type Scope,
} from '../api/coach.api';

const keys = {
  myLinks: ['coaching', 'my-links'] as const,
  coachLinks: ['coaching', 'coach-links'] as const,
  clients: ['coaching', 'clients'] as const,
  client: (id: string) => ['coaching', 'clients', id] as const,
  clientDiary: (id: string) => ['coaching', 'clients', id, 'diary'] as const,
};

export const useMyCoachLinks = () => useQuery({ queryKey: keys.myLinks, queryFn: listMyCoachLinks });
export const useCoachLinks = () => useQuery({ queryKey: keys.coachLinks, queryFn: listCoachLinks });
export const useClients = () => useQuery({ queryKey: keys.clients, queryFn: listClients });
/** No retry: a 404 here means the link is gone, and the page must say so at once. */
export const useClient = (id: string) => useQuery({ queryKey: keys.client(id), queryFn: () => fetchClient(id), retry: false });
export const useClientDiary = (id: string, enabled: boolean, date?: string) =>
  useQuery({ queryKey: [...keys.clientDiary(id), date ?? 'today'], queryFn: () => fetchClientDiary(id, date), enabled, retry: false });

function useInvalidate() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: ['coaching'] });
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
/** Coaches plan the coming week: `weekOf` is any day of it (a week from the client's today). */
export function useAssignPlan(userId: string, weekOf: string) {
  return useMutation({ mutationFn: () => assignPlan(userId, { mealsPerDay: 4, dietType: 'omnivore', weekOf }) });
}
