import {
  availablePreparations,
  kcalToKj,
  kjToKcal,
  offNutrientReader,
  saltFromSodium,
  scaleToServing,
  sodiumFromSalt,
  type OffPreparation,
  type OffRecord,
} from '@welness/nutrition';
import type { NutrientKey, NutrientValues } from './normalized-product.types';

/** Our field → OFF nutrient id, for the values read as declared. */
const OFF_IDS: Readonly<Record<Exclude<NutrientKey, 'energyKj' | 'energyKcal' | 'salt' | 'sodium'>, string>> =
  {
    fat: 'fat',
    saturatedFat: 'saturated-fat',
    carbohydrates: 'carbohydrates',
    sugars: 'sugars',
    fiber: 'fiber',
    proteins: 'proteins',
  };

export const NUTRIENT_KEYS: readonly NutrientKey[] = [
  'energyKcal',
  'energyKj',
  'fat',
  'saturatedFat',
  'carbohydrates',
  'sugars',
  'fiber',
  'proteins',
  'salt',
  'sodium',
];

function readValues(record: OffRecord, preparation: OffPreparation): NutrientValues {
  const read = offNutrientReader(record, preparation);
  // Legacy `energy` is always kJ (OFF converts on input); schema 1003 also keeps `energy-kj`.
  const kj = read('energy-kj') ?? read('energy');
  const kcal = read('energy-kcal');
  const salt = read('salt');
  const sodium = read('sodium');
  return {
    // A missing unit is filled from the other: a conversion, not a guess.
    energyKcal: kcal ?? (kj === null ? null : kjToKcal(kj)),
    energyKj: kj ?? (kcal === null ? null : kcalToKj(kcal)),
    fat: read(OFF_IDS.fat),
    saturatedFat: read(OFF_IDS.saturatedFat),
    carbohydrates: read(OFF_IDS.carbohydrates),
    sugars: read(OFF_IDS.sugars),
    fiber: read(OFF_IDS.fiber),
    proteins: read(OFF_IDS.proteins),
    salt: salt ?? (sodium === null ? null : saltFromSodium(sodium)),
    sodium: sodium ?? (salt === null ? null : sodiumFromSalt(salt)),
  };
}

export function hasAnyNutrient(values: NutrientValues): boolean {
  return NUTRIENT_KEYS.some((key) => values[key] !== null);
}

/**
 * Per-100 g values as sold. Products known only as prepared (e.g. a soup powder with a
 * table for the made-up soup) fall back to the prepared values, flagged by the caller.
 */
export function readNutrientsPer100g(record: OffRecord): {
  values: NutrientValues;
  preparation: OffPreparation;
} {
  const asSold = readValues(record, 'as_sold');
  if (hasAnyNutrient(asSold) || !availablePreparations(record).includes('prepared')) {
    return { values: asSold, preparation: 'as_sold' };
  }
  return { values: readValues(record, 'prepared'), preparation: 'prepared' };
}

export function nutrientsPerServing(
  per100g: NutrientValues,
  servingQuantityG: number | null,
): NutrientValues | null {
  if (servingQuantityG === null || servingQuantityG <= 0 || !hasAnyNutrient(per100g)) return null;
  return scaleToServing(per100g, servingQuantityG);
}
