/**
 * Nutri-Score 2023 point tables (foods: 2022 update, beverages: 2023 update), exactly as
 * `%points_thresholds_2023` in openfoodfacts-server lib/ProductOpener/Nutriscore.pm.
 * One point per threshold strictly exceeded, except the saturated fat ratio which scores
 * at "greater than or equal". Table length = maximum points.
 */
export const NUTRI_SCORE_2023_THRESHOLDS = {
  // negative, kJ / g per 100 g
  energy: [335, 670, 1005, 1340, 1675, 2010, 2345, 2680, 3015, 3350],
  energy_beverages: [30, 90, 150, 210, 240, 270, 300, 330, 360, 390],
  sugars: [3.4, 6.8, 10, 14, 17, 20, 24, 27, 31, 34, 37, 41, 44, 48, 51],
  sugars_beverages: [0.5, 2, 3.5, 5, 6, 7, 8, 9, 10, 11],
  saturated_fat: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  salt: [0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.4, 2.6, 2.8, 3, 3.2, 3.4, 3.6, 3.8, 4],
  // negative, fats / oils / nuts / seeds only
  energy_from_saturated_fat: [120, 240, 360, 480, 600, 720, 840, 960, 1080, 1200],
  saturated_fat_ratio: [10, 16, 22, 28, 34, 40, 46, 52, 58, 64],
  // positive
  fruits_vegetables_legumes: [40, 60, 80, 80, 80],
  fruits_vegetables_legumes_beverages: [40, 40, 60, 60, 80, 80],
  fiber: [3.0, 4.1, 5.2, 6.3, 7.4],
  proteins: [2.4, 4.8, 7.2, 9.6, 12, 14, 17],
  proteins_beverages: [1.2, 1.5, 1.8, 2.1, 2.4, 2.7, 3.0],
} as const satisfies Record<string, readonly number[]>;

export type NutriScoreTableId = keyof typeof NUTRI_SCORE_2023_THRESHOLDS;

/** Beverages with any non-nutritive sweetener get this many extra negative points. */
export const NON_NUTRITIVE_SWEETENERS_POINTS = 4;

/** Red meat products keep at most this many protein points. */
export const RED_MEAT_MAX_PROTEIN_POINTS = 2;

/** kJ per gram of saturated fat, for the "energy from saturates" of fats, oils, nuts, seeds. */
export const KJ_PER_GRAM_SATURATED_FAT = 37;

export function pointsFor(value: number, thresholds: readonly number[], inclusive = false): number {
  let points = 0;
  for (const threshold of thresholds) {
    if (inclusive ? value >= threshold : value > threshold) points += 1;
  }
  return points;
}
