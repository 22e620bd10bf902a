/** Thermochemical calorie: the factor EU labelling (Reg. 1169/2011) and Open Food Facts use. */
export const KJ_PER_KCAL = 4.184;

export function kcalToKj(kcal: number): number {
  return kcal * KJ_PER_KCAL;
}

export function kjToKcal(kj: number): number {
  return kj / KJ_PER_KCAL;
}

/**
 * Energy from macronutrients with the EU Annex XIV factors (kJ per gram).
 * Polyols, alcohol and organic acids are ignored on purpose: OFF records rarely carry them and
 * this is only used to flag labels whose declared energy is far from their macros.
 */
export const KJ_PER_GRAM = {
  fat: 37,
  carbohydrates: 17,
  proteins: 17,
  fiber: 8,
  alcohol: 29,
} as const;

export interface MacrosPer100g {
  fat: number | null;
  carbohydrates: number | null;
  proteins: number | null;
  fiber?: number | null;
  alcohol?: number | null;
}

/** Returns null when fat, carbohydrates or proteins is unknown: a partial sum would mislead. */
export function energyFromMacrosKj(macros: MacrosPer100g): number | null {
  const { fat, carbohydrates, proteins } = macros;
  if (fat === null || carbohydrates === null || proteins === null) return null;
  return (
    fat * KJ_PER_GRAM.fat +
    carbohydrates * KJ_PER_GRAM.carbohydrates +
    proteins * KJ_PER_GRAM.proteins +
    (macros.fiber ?? 0) * KJ_PER_GRAM.fiber +
    (macros.alcohol ?? 0) * KJ_PER_GRAM.alcohol
  );
}
