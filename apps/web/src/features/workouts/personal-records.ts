import type { PersonalRecord, WorkoutSet } from '../../api/workouts.api';

export type RecordKind = PersonalRecord['kind'];
export const RECORD_KINDS: RecordKind[] = ['max_weight', 'e1rm', 'max_volume_set'];

/** The value a set scores for each kind of record, as the API compares them. */
export function recordValue(set: Pick<WorkoutSet, 'weightKg' | 'reps' | 'e1rmKg'>, kind: RecordKind): number {
  switch (kind) {
    case 'e1rm':
      return set.e1rmKg;
    case 'max_weight':
      return set.weightKg;
    case 'max_volume_set':
      return set.weightKg * set.reps;
  }
}

/**
 * Which records a set just beat, judged against the records as they stood before it (the
 * API says only that it is one). The first set of an exercise beats them all.
 */
export function recordsBeaten(set: Pick<WorkoutSet, 'exerciseId' | 'weightKg' | 'reps' | 'e1rmKg'>, before: PersonalRecord[]): RecordKind[] {
  return RECORD_KINDS.filter((kind) => {
    const value = recordValue(set, kind);
    if (value <= 0) return false;
    const best = before.find((r) => r.exerciseId === set.exerciseId && r.kind === kind);
    return !best || best.value < value;
  });
}

export interface ExerciseRecords {
  exerciseId: string;
  byKind: Partial<Record<RecordKind, PersonalRecord>>;
  /** The most recent day any of its records was set. */
  latest: string;
}

/** Records grouped by exercise, most recently improved first. */
export function recordsByExercise(records: PersonalRecord[]): ExerciseRecords[] {
  const map = new Map<string, ExerciseRecords>();
  for (const r of records) {
    const e = map.get(r.exerciseId) ?? { exerciseId: r.exerciseId, byKind: {}, latest: r.achievedOn };
    e.byKind[r.kind] = r;
    if (r.achievedOn > e.latest) e.latest = r.achievedOn;
    map.set(r.exerciseId, e);
  }
  return [...map.values()].sort((a, b) => (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0));
}
