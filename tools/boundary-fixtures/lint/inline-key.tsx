// Deliberately wrong: query keys written inline (twice), not taken from the registry.
import { useQuery, useQueryClient } from '@tanstack/react-query';

export function useRecent() {
  const client = useQueryClient();
  client.setQueryData(['activities', 'recent'], []);
  return useQuery({ queryKey: ['activities', 'recent'], queryFn: async () => [] });
}
