import { KJ_PER_GRAM, KJ_PER_KCAL, readOffNutrient, type OffRecord } from '@welness/nutrition';
import type { NutrientKey, NutrientValues } from './normalized-product.types';

/** Nutrients in grams per 100 g: none can legitimately exceed 100. */
const GRAM_NUTRIENTS: readonly NutrientKey[] = [
  'fat',
  'saturatedFat',
  'carbohydrates',
  'sugars',
  'fiber',
  'proteins',
  'salt',
  'sodium',
];

/** OFF's data-quality ceiling ("energy-value-over-3911-kj"): pure fat is about 3700 kJ. */
export const MAX_ENERGY_KJ = 3911;
/** Same shape as OFF's energy check: declared within ±30 % of computed, plus 5 kcal slack. */
const ENERGY_RELATIVE_TOLERANCE = 0.3;
const ENERGY_ABSOLUTE_TOLERANCE_KJ = 5 * KJ_PER_KCAL;
/** Below this, rounding on the label dominates and the comparison means nothing. */
const ENERGY_CHECK_FLOOR_KJ = 55;
const KJ_PER_GRAM_POLYOLS = 10;
const ETHANOL_G_PER_ML = 0.789;

/**
 * Energy (kJ) expected from the macronutrients: EU Annex XIV factors, with polyols (10 kJ/g,
 * usually declared inside carbohydrates) and alcohol (% vol) taken out of or added to the
 * sum so that sugar-free sweets and beers are not flagged.
 */
export function expectedEnergyKj(values: NutrientValues, record: OffRecord): number | null {
  const { fat, carbohydrates, proteins } = values;
  if (fat === null || carbohydrates === null || proteins === null) return null;
  const polyols = Math.min(readOffNutrient(record, 'polyols') ?? 0, carbohydrates);
  const alcoholG = (readOffNutrient(record, 'alcohol') ?? 0) * ETHANOL_G_PER_ML;
  return (
    fat * KJ_PER_GRAM.fat +
    (carbohydrates - polyols) * KJ_PER_GRAM.carbohydrates +
    polyols * KJ_PER_GRAM_POLYOLS +
    proteins * KJ_PER_GRAM.proteins +
    (values.fiber ?? 0) * KJ_PER_GRAM.fiber +
    alcoholG * KJ_PER_GRAM.alcohol
  );
}

function energyWarnings(values: NutrientValues, record: OffRecord): string[] {
  const warnings: string[] = [];
  const declared = values.energyKj;
  if (declared !== null && declared > MAX_ENERGY_KJ) warnings.push('energy-above-maximum');
  const expected = expectedEnergyKj(values, record);
  if (declared !== null && expected !== null && Math.max(declared, expected) > ENERGY_CHECK_FLOOR_KJ) {
    const low = expected * (1 - ENERGY_RELATIVE_TOLERANCE) - ENERGY_ABSOLUTE_TOLERANCE_KJ;
    const high = expected * (1 + ENERGY_RELATIVE_TOLERANCE) + ENERGY_ABSOLUTE_TOLERANCE_KJ;
    if (declared < low || declared > high) warnings.push('energy-inconsistent-with-macros');
  }
  // Both units typed by hand: a swapped or mistyped unit shows as a ratio far from 4.184.
  const kj = readOffNutrient(record, 'energy-kj');
  const kcal = readOffNutrient(record, 'energy-kcal');
  if (kj !== null && kcal !== null && Math.max(kj, kcal) > ENERGY_CHECK_FLOOR_KJ) {
    if (Math.abs(kj - kcal * KJ_PER_KCAL) > 0.1 * kj + 2) warnings.push('energy-kj-kcal-mismatch');
  }
  return warnings;
}

/**
 * Plausibility warnings for per-100 g values. Values are flagged, never dropped or
 * corrected: the catalogue shows what the label says and lets the reader judge.
 */
export function nutritionWarnings(values: NutrientValues, record: OffRecord): string[] {
  const warnings: string[] = [];
  for (const key of Object.keys(values) as NutrientKey[]) {
    const value = values[key];
    if (value !== null && value < 0) warnings.push(`negative-value:${key}`);
  }
  for (const key of GRAM_NUTRIENTS) {
    const value = values[key];
    if (value !== null && value > 100) warnings.push(`value-above-100g:${key}`);
  }
  const { fat, saturatedFat, carbohydrates, sugars } = values;
  if (fat !== null && saturatedFat !== null && saturatedFat > fat + 0.001)
    warnings.push('saturated-fat-above-fat');
  if (carbohydrates !== null && sugars !== null && sugars > carbohydrates + 0.001) {
    warnings.push('sugars-above-carbohydrates');
  }
  warnings.push(...energyWarnings(values, record));
  return warnings;
}
