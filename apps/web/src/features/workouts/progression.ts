import { nextWorkingWeight } from '@welness/nutrition';
import type { RoutineExercise } from '../../api/workouts.api';

export interface DoneSet {
  reps: number;
  weightKg: number;
}

/** What the routine's progression rule will make of this exercise, as the sets come in. */
export type Outlook =
  /** No rule, or nothing planned. */
  | { kind: 'none' }
  /** Every set so far hit its target: `left` planned sets to go at `workingKg`. */
  | { kind: 'on-track'; left: number; workingKg: number; nextKg: number }
  /** A set fell short (reps or weight): the weight stays for next time. */
  | { kind: 'repeat'; workingKg: number }
  /** Every planned set hit its target: next time moves from `fromKg` to `toKg`. */
  | { kind: 'progress'; fromKg: number; toKg: number };

/**
 * The same rule the API applies when the session is finished (`nextWorkingWeight` over the
 * planned sets in order), shown while the sets are logged.
 */
export function progressionOutlook(plan: RoutineExercise, done: DoneSet[]): Outlook {
  if (!plan.progression || !plan.sets.length) return { kind: 'none' };
  const workingKg = Math.max(...plan.sets.map((s) => s.weightKg));
  const hit = (i: number) => done[i].reps >= plan.sets[i].reps && done[i].weightKg >= workingKg;
  const counted = Math.min(done.length, plan.sets.length);
  for (let i = 0; i < counted; i++) if (!hit(i)) return { kind: 'repeat', workingKg };
  const allDone = plan.sets.map((target) => ({ targetReps: target.reps, reps: target.reps, weightKg: workingKg }));
  const nextKg = nextWorkingWeight(workingKg, allDone, plan.progression);
  if (counted < plan.sets.length) return { kind: 'on-track', left: plan.sets.length - counted, workingKg, nextKg };
  return nextKg === workingKg ? { kind: 'repeat', workingKg } : { kind: 'progress', fromKg: workingKg, toKg: nextKg };
}

/** What to put in the form for the next set: the next planned set, else a repeat of the last. */
export function suggestedSet(plan: RoutineExercise | null, done: DoneSet[]): DoneSet | null {
  const planned = plan?.sets[done.length];
  if (planned) return { reps: planned.reps, weightKg: planned.weightKg };
  const last = done[done.length - 1];
  return last ? { reps: last.reps, weightKg: last.weightKg } : null;
}
