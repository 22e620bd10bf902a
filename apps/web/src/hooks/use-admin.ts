import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AgentUpdate,
  type AuditFilter,
  type GrantableRole,
  fetchAgentStats,
  fetchAudit,
  fetchUser,
  grantRole,
  listAgents,
  revokeRole,
  searchUsers,
  setActive,
  updateAgent,
} from '../api/admin.api';
import { queryKeys } from '../api/query-keys';

const keys = queryKeys.admin;

export const useUserSearch = (q: string) => useQuery({ queryKey: keys.userSearch(q), queryFn: () => searchUsers(q) });
export const useAdminUser = (id: string | undefined) =>
  useQuery({ queryKey: keys.user(id ?? ''), queryFn: () => fetchUser(id ?? ''), enabled: !!id });
export const useAgents = () => useQuery({ queryKey: keys.agents, queryFn: listAgents });
export const useAgentStats = (id: string) => useQuery({ queryKey: keys.agentStats(id), queryFn: () => fetchAgentStats(id) });

/** The audit trail page by page ("Show more" loads the next one). */
export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: keys.auditPage(filter.action ?? '', filter.userId ?? ''),
    queryFn: ({ pageParam }) => fetchAudit(filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Role and status changes are audited: the audit log is stale after each. */
function useAfterUserChange() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: keys.users });
    void client.invalidateQueries({ queryKey: keys.audit });
  };
}
export function useSetRole() {
  const done = useAfterUserChange();
  return useMutation({
    mutationFn: ({ id, role, on }: { id: string; role: GrantableRole; on: boolean }) => (on ? grantRole(id, role) : revokeRole(id, role)),
    onSuccess: done,
  });
}
export function useSetActive() {
  const done = useAfterUserChange();
  return useMutation({ mutationFn: ({ id, on }: { id: string; on: boolean }) => setActive(id, on), onSuccess: done });
}
export function useUpdateAgent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: AgentUpdate }) => updateAgent(id, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.agents });
      void client.invalidateQueries({ queryKey: keys.audit });
    },
  });
}
