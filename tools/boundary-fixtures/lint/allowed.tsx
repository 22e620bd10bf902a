// Allowed: keys from the registry, calls through an api function, generated types.
import { useQuery } from '@tanstack/react-query';
import { fetchActivityTypes } from '../../api/activities.api';
import { queryKeys } from '../../api/query-keys';

export const useTypes = () => useQuery({ queryKey: queryKeys.activities.types, queryFn: fetchActivityTypes });
