/** Epley B. Poundage chart. Boyd Epley Workout, 1985: 1RM = w × (1 + reps / 30). */
export function epley1Rm(weightKg: number, reps: number): number {
  if (!(weightKg >= 0 && reps >= 1)) throw new RangeError('weight ≥ 0 and reps ≥ 1');
  return reps === 1 ? weightKg : weightKg * (1 + reps / 30);
}

/** Brzycki M. J Phys Educ Recreat Dance 1993;64(1):88-90: 1RM = w × 36 / (37 − reps). */
export function brzycki1Rm(weightKg: number, reps: number): number {
  if (!(weightKg >= 0 && reps >= 1)) throw new RangeError('weight ≥ 0 and reps ≥ 1');
  if (reps >= 37) throw new RangeError('Brzycki is undefined from 37 reps');
  return (weightKg * 36) / (37 - reps);
}

/**
 * The estimate shown to users: Brzycki up to 10 reps (where it was validated), Epley above;
 * both agree exactly at 10 reps.
 */
export function estimated1Rm(weightKg: number, reps: number): number {
  return reps <= 10 ? brzycki1Rm(weightKg, reps) : epley1Rm(weightKg, reps);
}

export interface ProgressionRule {
  /** Add this many kg when every set reached its target reps … */
  incrementKg?: number;
  /** … or this percentage of the current weight (rounded to `roundToKg`). */
  incrementPercent?: number;
  roundToKg?: number;
}

export interface PerformedSet {
  targetReps: number;
  reps: number;
  weightKg: number;
}

/** Next working weight: progress only when every set hit its target reps, else repeat. */
export function nextWorkingWeight(currentKg: number, sets: PerformedSet[], rule: ProgressionRule): number {
  const allHit = sets.length > 0 && sets.every((s) => s.reps >= s.targetReps && s.weightKg >= currentKg);
  if (!allHit) return currentKg;
  const step = rule.incrementKg ?? (currentKg * (rule.incrementPercent ?? 0)) / 100;
  const round = rule.roundToKg ?? 0.5;
  return Math.round((currentKg + step) / round) * round;
}
