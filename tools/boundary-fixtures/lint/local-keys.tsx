// Deliberately wrong: a screen's own little key registry.
import { useQuery } from '@tanstack/react-query';

const keys = { recent: ['activities', 'recent'] as const };

export const useRecent = () => useQuery({ queryKey: keys.recent, queryFn: async () => [] });
