import { describe, expect, it } from 'vitest';
import type { RoutineExercise } from '../../api/workouts.api';
import { progressionOutlook, suggestedSet } from './progression';

const plan = (weights: number[], reps = 5, progression: RoutineExercise['progression'] = { incrementKg: 2.5 }): RoutineExercise => ({
  exerciseId: '11111111-1111-4111-8111-111111111111',
  sets: weights.map((weightKg) => ({ reps, weightKg })),
  progression,
});

describe('progression as the sets come in', () => {
  it('is on track while every set so far hit its target, naming next time’s weight', () => {
    expect(progressionOutlook(plan([100, 100, 100]), [])).toEqual({ kind: 'on-track', left: 3, workingKg: 100, nextKg: 102.5 });
    expect(progressionOutlook(plan([100, 100, 100]), [{ reps: 5, weightKg: 100 }])).toMatchObject({ kind: 'on-track', left: 2 });
  });

  it('moves up once every planned set is done at the working weight (more reps or weight count)', () => {
    const done = [
      { reps: 5, weightKg: 100 },
      { reps: 6, weightKg: 100 },
      { reps: 5, weightKg: 105 },
    ];
    expect(progressionOutlook(plan([100, 100, 100]), done)).toEqual({ kind: 'progress', fromKg: 100, toKg: 102.5 });
    // A percentage rule rounds as the API does.
    expect(progressionOutlook(plan([100, 100], 5, { incrementPercent: 5, roundToKg: 2.5 }), done.slice(0, 2))).toEqual({ kind: 'progress', fromKg: 100, toKg: 105 });
  });

  it('repeats the weight when a set falls short of its reps or is lighter', () => {
    expect(progressionOutlook(plan([100, 100]), [{ reps: 4, weightKg: 100 }])).toEqual({ kind: 'repeat', workingKg: 100 });
    expect(progressionOutlook(plan([100, 100]), [{ reps: 5, weightKg: 97.5 }])).toEqual({ kind: 'repeat', workingKg: 100 });
  });

  it('says nothing without a rule', () => {
    expect(progressionOutlook(plan([100], 5, null), [{ reps: 5, weightKg: 100 }])).toEqual({ kind: 'none' });
  });

  it('suggests the next planned set, then a repeat of the last one', () => {
    const p = plan([60, 65]);
    expect(suggestedSet(p, [])).toEqual({ reps: 5, weightKg: 60 });
    expect(suggestedSet(p, [{ reps: 5, weightKg: 60 }])).toEqual({ reps: 5, weightKg: 65 });
    expect(suggestedSet(p, [{ reps: 5, weightKg: 60 }, { reps: 4, weightKg: 65 }])).toEqual({ reps: 4, weightKg: 65 });
    expect(suggestedSet(null, [])).toBeNull();
  });
});
