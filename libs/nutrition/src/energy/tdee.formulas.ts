import { BodyInputs } from './bmr.formulas';

export type ActivityLevel = 'sedentary' | 'light' | 'moderate' | 'active' | 'very_active';

export const ACTIVITY_LEVELS: readonly ActivityLevel[] = [
  'sedentary',
  'light',
  'moderate',
  'active',
  'very_active',
];

/**
 * Multipliers of BMR (the widely used FAO/WHO-derived factors: desk job 1.2 … hard daily
 * training or physical job 1.9).
 */
export const ACTIVITY_FACTORS: Readonly<Record<ActivityLevel, number>> = {
  sedentary: 1.2,
  light: 1.375,
  moderate: 1.55,
  active: 1.725,
  very_active: 1.9,
};

export function totalDailyEnergyExpenditure(bmrKcal: number, level: ActivityLevel): number {
  return bmrKcal * ACTIVITY_FACTORS[level];
}

/** IOM physical-activity categories used by the EER equations. */
export type IomPaCategory = 'sedentary' | 'low_active' | 'active' | 'very_active';

/** PA coefficients for adults ≥ 19 y (IOM DRI for Energy, 2005, ch. 5, Table 5-22 footnotes). */
export const IOM_PA_COEFFICIENTS: Readonly<Record<'male' | 'female', Record<IomPaCategory, number>>> = {
  male: { sedentary: 1.0, low_active: 1.11, active: 1.25, very_active: 1.48 },
  female: { sedentary: 1.0, low_active: 1.12, active: 1.27, very_active: 1.45 },
};

export const IOM_CATEGORY_FOR_LEVEL: Readonly<Record<ActivityLevel, IomPaCategory>> = {
  sedentary: 'sedentary',
  light: 'low_active',
  moderate: 'active',
  active: 'very_active',
  very_active: 'very_active',
};

/**
 * Estimated Energy Requirement for adults ≥ 19 y (IOM 2005):
 *  men   662 − 9.53·age + PA·(15.91·kg + 539.6·m)
 *  women 354 − 6.91·age + PA·(9.36·kg + 726·m)
 * It is already a total daily expenditure, so no activity factor is applied on top.
 */
export function iomEer(body: BodyInputs, category: IomPaCategory): number {
  if (body.ageYears < 19) throw new RangeError('the adult EER equations apply from 19 years');
  const pa = IOM_PA_COEFFICIENTS[body.sex][category];
  const heightM = body.heightCm / 100;
  return body.sex === 'male'
    ? 662 - 9.53 * body.ageYears + pa * (15.91 * body.weightKg + 539.6 * heightM)
    : 354 - 6.91 * body.ageYears + pa * (9.36 * body.weightKg + 726 * heightM);
}
