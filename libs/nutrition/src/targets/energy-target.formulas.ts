/** Energy stored in one kg of body-weight change (the usual ≈ 7,700 kcal/kg rule). */
export const KCAL_PER_KG_BODY_WEIGHT = 7700;
/** Absolute floor below which no target is set without a coach's explicit override. */
export const MIN_ENERGY_TARGET_KCAL = 1200;

export type GoalDirection = 'lose' | 'maintain' | 'gain';

export type EnergyWarning = 'rate-unsafe' | 'floor-applied' | 'below-floor-coach-override';

export interface EnergyTargetInput {
  tdeeKcal: number;
  bmrKcal: number;
  weightKg: number;
  direction: GoalDirection;
  /** Requested change in kg per week (positive number; the direction gives the sign). */
  rateKgPerWeek: number;
  /** A coach may set a target below the safety floor; never applied implicitly. */
  coachOverrideKcal?: number | null;
}

export interface EnergyTargetResult {
  kcal: number;
  /** max(BMR × 1.0, 1,200 kcal). */
  floorKcal: number;
  dailyDeltaKcal: number;
  warnings: EnergyWarning[];
}

export function safetyFloorKcal(bmrKcal: number): number {
  return Math.max(bmrKcal * 1.0, MIN_ENERGY_TARGET_KCAL);
}

/**
 * A rate is unsafe above 1 % of body weight (and never more than 1 kg) per week when losing,
 * and above 0.5 kg per week when gaining (mostly fat beyond that).
 */
export function isUnsafeRate(direction: GoalDirection, rateKgPerWeek: number, weightKg: number): boolean {
  if (direction === 'lose') return rateKgPerWeek > Math.min(1, weightKg * 0.01);
  if (direction === 'gain') return rateKgPerWeek > 0.5;
  return false;
}

/** TDEE ± rate × 7,700 / 7, clamped to the safety floor unless a coach overrides it. */
export function energyTarget(input: EnergyTargetInput): EnergyTargetResult {
  const warnings: EnergyWarning[] = [];
  const rate = input.direction === 'maintain' ? 0 : Math.max(0, input.rateKgPerWeek);
  const sign = input.direction === 'lose' ? -1 : 1;
  const dailyDeltaKcal = (sign * rate * KCAL_PER_KG_BODY_WEIGHT) / 7;
  if (isUnsafeRate(input.direction, rate, input.weightKg)) warnings.push('rate-unsafe');
  const floorKcal = safetyFloorKcal(input.bmrKcal);
  if (input.coachOverrideKcal != null) {
    if (input.coachOverrideKcal < floorKcal) warnings.push('below-floor-coach-override');
    return { kcal: input.coachOverrideKcal, floorKcal, dailyDeltaKcal, warnings };
  }
  let kcal = input.tdeeKcal + dailyDeltaKcal;
  if (kcal < floorKcal) {
    kcal = floorKcal;
    warnings.push('floor-applied');
  }
  return { kcal, floorKcal, dailyDeltaKcal, warnings };
}

/**
 * Training-day vs rest-day split that keeps the weekly average at `baseKcal`: training days get
 * +extraPercent, rest days give it back, never below the floor.
 */
export function trainingDaySplit(
  baseKcal: number,
  trainingDaysPerWeek: number,
  extraPercent: number,
  floorKcal: number,
): { trainingDayKcal: number; restDayKcal: number } {
  const n = Math.min(Math.max(Math.round(trainingDaysPerWeek), 0), 7);
  if (n === 0 || n === 7 || extraPercent <= 0) return { trainingDayKcal: baseKcal, restDayKcal: baseKcal };
  const trainingDayKcal = baseKcal * (1 + extraPercent / 100);
  const restDayKcal = Math.max((7 * baseKcal - n * trainingDayKcal) / (7 - n), floorKcal);
  return { trainingDayKcal, restDayKcal };
}
