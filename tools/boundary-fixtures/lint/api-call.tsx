// Deliberately wrong: a screen calling the API client directly instead of an api/*.api.ts function.
import { api } from '../../api/client';

export async function load() {
  return (await api.GET('/api/v1/activities/types')).data;
}
