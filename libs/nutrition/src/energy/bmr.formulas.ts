/** Sex as the published equations use it (they were fitted on male and female samples only). */
export type Sex = 'male' | 'female';

export interface BodyInputs {
  sex: Sex;
  ageYears: number;
  weightKg: number;
  heightCm: number;
}

export type BmrFormula = 'mifflin-st-jeor' | 'harris-benedict-revised' | 'katch-mcardle';

function assertBody({ ageYears, weightKg, heightCm }: BodyInputs): void {
  if (!(ageYears > 0 && weightKg > 0 && heightCm > 0))
    throw new RangeError('age, weight and height must be positive');
}

/** Mifflin MD, St Jeor ST et al., Am J Clin Nutr 1990;51:241-7. kcal/day. */
export function mifflinStJeor(body: BodyInputs): number {
  assertBody(body);
  const base = 10 * body.weightKg + 6.25 * body.heightCm - 5 * body.ageYears;
  return body.sex === 'male' ? base + 5 : base - 161;
}

/** Harris-Benedict as revised by Roza AM, Shizgal HM, Am J Clin Nutr 1984;40:168-82. kcal/day. */
export function harrisBenedictRevised(body: BodyInputs): number {
  assertBody(body);
  return body.sex === 'male'
    ? 88.362 + 13.397 * body.weightKg + 4.799 * body.heightCm - 5.677 * body.ageYears
    : 447.593 + 9.247 * body.weightKg + 3.098 * body.heightCm - 4.33 * body.ageYears;
}

/** Katch-McArdle: 370 + 21.6 × lean body mass (kg); needs a body-fat estimate. kcal/day. */
export function katchMcArdle(weightKg: number, bodyFatPercent: number): number {
  if (!(weightKg > 0)) throw new RangeError('weight must be positive');
  if (!(bodyFatPercent >= 2 && bodyFatPercent < 70)) throw new RangeError('body fat must be within 2–70 %');
  const leanMassKg = weightKg * (1 - bodyFatPercent / 100);
  return 370 + 21.6 * leanMassKg;
}

export interface BmrResult {
  formula: BmrFormula;
  kcal: number;
}

/**
 * The BMR the app uses: the requested formula when its inputs exist, Katch-McArdle only with a
 * body-fat value (it falls back to Mifflin-St Jeor, the default, otherwise).
 */
export function basalMetabolicRate(
  body: BodyInputs,
  options: { formula?: BmrFormula; bodyFatPercent?: number | null } = {},
): BmrResult {
  const formula = options.formula ?? 'mifflin-st-jeor';
  if (formula === 'katch-mcardle' && options.bodyFatPercent != null) {
    return { formula, kcal: katchMcArdle(body.weightKg, options.bodyFatPercent) };
  }
  if (formula === 'harris-benedict-revised') return { formula, kcal: harrisBenedictRevised(body) };
  return { formula: 'mifflin-st-jeor', kcal: mifflinStJeor(body) };
}
