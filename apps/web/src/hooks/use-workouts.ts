import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys';
import {
  type AddSet,
  type SessionDetail,
  type WorkoutSet,
  addSet,
  createRoutine,
  deleteSession,
  deleteSet,
  fetchExercises,
  fetchRecords,
  fetchRoutine,
  fetchRoutines,
  fetchSession,
  fetchSessions,
  finishSession,
  startSession,
} from '../api/workouts.api';

export const HISTORY_LIMIT = 20;

/** The exercise library changes only when the person adds one: read it once a visit. */
export const useExercises = () => useQuery({ queryKey: queryKeys.workouts.exercises, queryFn: fetchExercises, staleTime: Infinity });
export const useRoutines = () => useQuery({ queryKey: queryKeys.workouts.routines, queryFn: fetchRoutines });
export const useRoutine = (id: string | null) =>
  useQuery({ queryKey: queryKeys.workouts.routine(id ?? ''), queryFn: () => fetchRoutine(id ?? ''), enabled: id !== null });
export const useWorkoutHistory = () => useQuery({ queryKey: queryKeys.workouts.sessions(HISTORY_LIMIT), queryFn: () => fetchSessions(HISTORY_LIMIT) });
/** No retry: a 404 means the session was deleted (or is not yours), and the page says so. */
export const useWorkoutSession = (id: string) => useQuery({ queryKey: queryKeys.workouts.session(id), queryFn: () => fetchSession(id), retry: false });
export const useRecords = () => useQuery({ queryKey: queryKeys.workouts.records, queryFn: fetchRecords });

export function useCreateRoutine() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createRoutine, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.workouts.routines }) });
}

export function useStartSession() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: startSession, onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.workouts.all }) });
}

/** A set logged or removed changes the session, the records, the history's volume and the day's summary (a workout). */
function useSetChange<Input, Output>(sessionId: string, send: (input: Input) => Promise<Output>, apply: (sets: WorkoutSet[], input: Input, output: Output) => WorkoutSet[]) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (output, input) => {
      // Shown at once (with a new set's PR badge); the refetch below only confirms it.
      qc.setQueryData(queryKeys.workouts.session(sessionId), (d: SessionDetail | undefined) => (d ? { ...d, sets: apply(d.sets, input, output) } : d));
      void qc.invalidateQueries({ queryKey: queryKeys.workouts.all, refetchType: 'active' });
      void qc.invalidateQueries({ queryKey: queryKeys.summary.all });
    },
  });
}

export const useAddSet = (sessionId: string) =>
  useSetChange(sessionId, (set: AddSet) => addSet(sessionId, set), (sets, _, added) => [...sets, added]);

export const useDeleteSet = (sessionId: string) =>
  useSetChange(sessionId, (setId: string) => deleteSet(sessionId, setId), (sets, setId) => sets.filter((x) => x.id !== setId));

/** Finishing applies progression to the routine, so routines refetch too. */
export function useFinishSession(sessionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => finishSession(sessionId),
    onSuccess: (detail) => {
      qc.setQueryData(queryKeys.workouts.session(sessionId), detail);
      void qc.invalidateQueries({ queryKey: queryKeys.workouts.all });
    },
  });
}

export function useDeleteSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteSession,
    onSuccess: (_, id) => {
      qc.removeQueries({ queryKey: queryKeys.workouts.session(id) });
      void qc.invalidateQueries({ queryKey: queryKeys.workouts.all });
      void qc.invalidateQueries({ queryKey: queryKeys.summary.all });
    },
  });
}
