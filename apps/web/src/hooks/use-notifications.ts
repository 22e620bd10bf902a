import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createTelegramCode,
  fetchCheckins,
  fetchTelegramLink,
  saveCheckins,
  saveMealReminders,
  unlinkTelegram,
} from '../api/notifications.api';
import { queryKeys } from '../api/query-keys';

export function useCheckins() {
  return useQuery({ queryKey: queryKeys.checkins, queryFn: fetchCheckins });
}

export function useSaveCheckins() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: saveCheckins, onSuccess: (saved) => qc.setQueryData(queryKeys.checkins, saved) });
}

/** `pollMs` re-asks on an interval, e.g. while a link code waits for the chat's /start. */
export function useTelegramLink({ pollMs = false }: { pollMs?: number | false } = {}) {
  return useQuery({ queryKey: queryKeys.telegram.link, queryFn: fetchTelegramLink, refetchInterval: pollMs });
}

export function useTelegramCode() {
  return useMutation({ mutationFn: createTelegramCode });
}

export function useUnlinkTelegram() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: unlinkTelegram, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.telegram.link }) });
}

export function useSaveMealReminders() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: saveMealReminders, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.telegram.link }) });
}
