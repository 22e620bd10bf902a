import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';

export type Exercise = components['schemas']['ExerciseDto'];
export type Routine = components['schemas']['RoutineDto'];
export type RoutineInput = components['schemas']['RoutineInputDto'];
export type RoutineExercise = components['schemas']['RoutineExerciseDto'];
export type Session = components['schemas']['SessionDto'];
export type SessionSummary = components['schemas']['SessionSummaryDto'];
export type SessionPage = components['schemas']['SessionPageDto'];
export type SessionDetail = components['schemas']['SessionDetailDto'];
export type StartSession = components['schemas']['StartSessionDto'];
export type WorkoutSet = components['schemas']['SetDto'];
export type AddSet = components['schemas']['AddSetDto'];
export type PersonalRecord = components['schemas']['RecordDto'];

/** The built-in library (100+ exercises) and the person's own, by name. */
export async function fetchExercises(): Promise<Exercise[]> {
  return unwrap(await api.GET('/api/v1/workouts/exercises', { params: { query: {} } }));
}

export async function fetchRoutines(): Promise<Routine[]> {
  return unwrap(await api.GET('/api/v1/workouts/routines'));
}

export async function createRoutine(body: RoutineInput): Promise<Routine> {
  return unwrap(await api.POST('/api/v1/workouts/routines', { body }));
}

export async function fetchRoutine(id: string): Promise<Routine> {
  return unwrap(await api.GET('/api/v1/workouts/routines/{id}', { params: { path: { id } } }));
}

/** Newest first, each with its set count and volume. */
export async function fetchSessions(limit: number): Promise<SessionPage> {
  return unwrap(await api.GET('/api/v1/workouts/sessions', { params: { query: { limit } } }));
}

export async function fetchSession(id: string): Promise<SessionDetail> {
  return unwrap(await api.GET('/api/v1/workouts/sessions/{id}', { params: { path: { id } } }));
}

export async function startSession(body: StartSession): Promise<Session> {
  return unwrap(await api.POST('/api/v1/workouts/sessions', { body }));
}

/** The answer says whether the set is a personal record (`isPr`). */
export async function addSet(sessionId: string, body: AddSet): Promise<WorkoutSet> {
  return unwrap(await api.POST('/api/v1/workouts/sessions/{id}/sets', { params: { path: { id: sessionId } }, body }));
}

/** Ends the session; a routine's progression rules move its weights for next time. */
export async function finishSession(id: string): Promise<SessionDetail> {
  return unwrap(await api.POST('/api/v1/workouts/sessions/{id}/finish', { params: { path: { id } } }));
}

/** A set logged by mistake; a record it held passes back to the best set left. */
export async function deleteSet(sessionId: string, setId: string): Promise<void> {
  unwrap(await api.DELETE('/api/v1/workouts/sessions/{id}/sets/{setId}', { params: { path: { id: sessionId, setId } } }));
}

export async function deleteSession(id: string): Promise<void> {
  unwrap(await api.DELETE('/api/v1/workouts/sessions/{id}', { params: { path: { id } } }));
}

export async function fetchRecords(): Promise<PersonalRecord[]> {
  return unwrap(await api.GET('/api/v1/workouts/records'));
}
