import {
  KJ_PER_GRAM_SATURATED_FAT,
  NON_NUTRITIVE_SWEETENERS_POINTS,
  NUTRI_SCORE_2023_THRESHOLDS as T,
  RED_MEAT_MAX_PROTEIN_POINTS,
  pointsFor,
} from './nutri-score.thresholds';
import type {
  CountProteinsReason,
  NutriScoreCategory,
  NutriScoreComponent,
  NutriScoreFlags,
  NutriScoreGrade,
  NutriScoreInput,
  NutriScoreNegativeId,
  NutriScorePositiveId,
  NutriScoreResult,
} from './nutri-score.types';

/**
 * OFF rounds the two percentages it derives (fruits/vegetables/legumes estimate and the
 * saturated fat ratio) to one decimal before scoring; nutrient values themselves are used
 * unrounded (Nutri-Score FAQ of 27/09/2022). Doing the same keeps grades identical at the
 * ">= 10 %" ratio boundary.
 */
function roundOneDecimal(value: number): number {
  return Math.round((value + Number.EPSILON * Math.sign(value)) * 10) / 10;
}

/** saturated fat / fat × 100, with OFF's guards for missing or zero fat. */
export function saturatedFatRatio(saturatedFat: number | null, fat: number | null): number | null {
  if (saturatedFat === null) return fat === 0 ? 0 : null;
  if (saturatedFat <= 0) return 0;
  const denominator = fat === null || fat <= 0 ? saturatedFat : fat;
  return roundOneDecimal((saturatedFat / denominator) * 100);
}

export function energyFromSaturatedFatKj(saturatedFat: number | null): number | null {
  return saturatedFat === null ? null : saturatedFat * KJ_PER_GRAM_SATURATED_FAT;
}

export function nutriScoreCategory(flags: NutriScoreFlags): NutriScoreCategory {
  if (flags.isWater) return 'water';
  if (flags.isBeverage) return 'beverage';
  if (flags.isFatOilNutsSeeds) return 'fat_oil_nuts_seeds';
  if (flags.isCheese) return 'cheese';
  if (flags.isRedMeatProduct) return 'red_meat';
  return 'general';
}

/** compute_nutriscore_grade_2023: cut-offs differ for beverages and for fats/oils/nuts/seeds. */
export function nutriScoreGrade2023(score: number, flags: NutriScoreFlags): NutriScoreGrade {
  // Water is a beverage by definition; OFF's categories always set both, callers may not.
  if (flags.isBeverage || flags.isWater) {
    if (flags.isWater) return 'a';
    if (score <= 2) return 'b';
    if (score <= 6) return 'c';
    if (score <= 9) return 'd';
    return 'e';
  }
  const aMax = flags.isFatOilNutsSeeds ? -6 : 0;
  if (score <= aMax) return 'a';
  if (score <= 2) return 'b';
  if (score <= 10) return 'c';
  if (score <= 18) return 'd';
  return 'e';
}

function component<Id extends NutriScoreNegativeId | NutriScorePositiveId>(
  id: Id,
  value: number | null,
  unit: NutriScoreComponent['unit'],
  thresholds: readonly number[],
  inclusive = false,
): NutriScoreComponent<Id> {
  return {
    id,
    value,
    unit,
    points: value === null ? 0 : pointsFor(value, thresholds, inclusive),
    pointsMax: thresholds.length,
  };
}

function proteinsCounted(
  flags: NutriScoreFlags,
  isBeverage: boolean,
  negativePoints: number,
): { count: boolean; reason: CountProteinsReason } {
  if (isBeverage) return { count: true, reason: 'beverage' };
  if (flags.isCheese) return { count: true, reason: 'cheese' };
  if (flags.isFatOilNutsSeeds) {
    return negativePoints < 7
      ? { count: true, reason: 'negative_points_less_than_7' }
      : { count: false, reason: 'negative_points_greater_than_or_equal_to_7' };
  }
  return negativePoints < 11
    ? { count: true, reason: 'negative_points_less_than_11' }
    : { count: false, reason: 'negative_points_greater_than_or_equal_to_11' };
}

const sum = (items: readonly { points: number }[]): number => items.reduce((acc, c) => acc + c.points, 0);
const sumMax = (items: readonly { pointsMax: number }[]): number =>
  items.reduce((acc, c) => acc + c.pointsMax, 0);

/**
 * Nutri-Score 2023 as Open Food Facts computes it (compute_nutriscore_score_2023 and
 * compute_nutriscore_grade_2023 in lib/ProductOpener/Nutriscore.pm). Unknown nutrients
 * score 0 points, as in OFF; deciding whether enough is known to show a grade is the
 * caller's job (see deriveNutriScoreInput).
 */
export function computeNutriScore2023(input: NutriScoreInput): NutriScoreResult {
  const { nutrients: n, flags } = input;
  const isBeverage = flags.isBeverage || flags.isWater;
  // As in OFF, the fats rules swap the energy and saturated fat components even for a
  // product also flagged beverage; beverage tables still apply to the other components.
  const fats = flags.isFatOilNutsSeeds;

  const negative: NutriScoreComponent<NutriScoreNegativeId>[] = [
    fats
      ? component(
          'energy_from_saturated_fat',
          energyFromSaturatedFatKj(n.saturatedFat),
          'kJ',
          T.energy_from_saturated_fat,
        )
      : component('energy', n.energyKj, 'kJ', isBeverage ? T.energy_beverages : T.energy),
    component('sugars', n.sugars, 'g', isBeverage ? T.sugars_beverages : T.sugars),
    fats
      ? component(
          'saturated_fat_ratio',
          saturatedFatRatio(n.saturatedFat, n.fat),
          '%',
          T.saturated_fat_ratio,
          true,
        )
      : component('saturated_fat', n.saturatedFat, 'g', T.saturated_fat),
    component('salt', n.salt, 'g', T.salt),
  ];
  if (isBeverage) {
    const present = (n.nonNutritiveSweeteners ?? 0) > 0;
    negative.push({
      id: 'non_nutritive_sweeteners',
      value: n.nonNutritiveSweeteners,
      unit: null,
      points: present ? NON_NUTRITIVE_SWEETENERS_POINTS : 0,
      pointsMax: NON_NUTRITIVE_SWEETENERS_POINTS,
    });
  }
  const negativePoints = sum(negative);

  const proteins = component('proteins', n.proteins, 'g', isBeverage ? T.proteins_beverages : T.proteins);
  let proteinsPointsLimitedReason: NutriScoreResult['proteinsPointsLimitedReason'] = null;
  if (flags.isRedMeatProduct && proteins.points > RED_MEAT_MAX_PROTEIN_POINTS) {
    proteins.points = RED_MEAT_MAX_PROTEIN_POINTS;
    proteinsPointsLimitedReason = 'red_meat_product';
  }
  const fvl = n.fruitsVegetablesLegumes === null ? null : roundOneDecimal(n.fruitsVegetablesLegumes);
  const { count: countProteins, reason: countProteinsReason } = proteinsCounted(
    flags,
    isBeverage,
    negativePoints,
  );
  const positive: NutriScoreComponent<NutriScorePositiveId>[] = [
    ...(countProteins ? [proteins] : []),
    component('fiber', n.fiber, 'g', T.fiber),
    component(
      'fruits_vegetables_legumes',
      fvl,
      '%',
      isBeverage ? T.fruits_vegetables_legumes_beverages : T.fruits_vegetables_legumes,
    ),
  ];
  const positivePoints = sum(positive);

  const score = negativePoints - positivePoints;
  return {
    version: '2023',
    score,
    grade: nutriScoreGrade2023(score, flags),
    category: nutriScoreCategory(flags),
    negativePoints,
    negativePointsMax: sumMax(negative),
    positivePoints,
    positivePointsMax: sumMax(positive),
    countProteins,
    countProteinsReason,
    proteinsPointsLimitedReason,
    components: { negative, positive },
  };
}
