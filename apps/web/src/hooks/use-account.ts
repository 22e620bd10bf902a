import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createApiKey, deleteAccount, fetchApiKeys, revokeApiKey } from '../api/account.api';
import { queryKeys } from '../api/query-keys';

export function useApiKeys() {
  return useQuery({ queryKey: queryKeys.apiKeys, queryFn: fetchApiKeys });
}

export function useCreateApiKey() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createApiKey, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.apiKeys }) });
}

export function useRevokeApiKey() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: revokeApiKey, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.apiKeys }) });
}

export function useDeleteAccount() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: deleteAccount, onSuccess: () => qc.clear() });
}
