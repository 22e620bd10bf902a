import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createConversation, getConversation, listConversations, listMessages, sendFeedback } from '../api/agents.api';
import { queryKeys } from '../api/query-keys';

export const useConversations = () => useQuery({ queryKey: queryKeys.conversations.all, queryFn: listConversations });

export const useConversation = (id: string | null) =>
  useQuery({ queryKey: queryKeys.conversations.one(id ?? ''), queryFn: () => getConversation(id!), enabled: id !== null });

export const useMessages = (id: string | null) =>
  useQuery({ queryKey: queryKeys.conversations.messages(id ?? ''), queryFn: () => listMessages(id!), enabled: id !== null });

export function useCreateConversation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (mode: 'chat' | 'onboarding') => createConversation(mode),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.conversations.all }),
  });
}

/** After a turn: the history, the conversation's state and anything the tools wrote. */
export function useAfterTurn(id: string | null) {
  const client = useQueryClient();
  return () => {
    if (!id) return;
    void client.invalidateQueries({ queryKey: queryKeys.conversations.one(id) });
    void client.invalidateQueries({ queryKey: queryKeys.conversations.messages(id) });
    void client.invalidateQueries({ queryKey: queryKeys.diary.all });
    void client.invalidateQueries({ queryKey: queryKeys.summary.all });
  };
}

export const useFeedback = (id: string) =>
  useMutation({ mutationFn: ({ messageId, rating }: { messageId: string; rating: 1 | -1 }) => sendFeedback(id, messageId, rating) });
