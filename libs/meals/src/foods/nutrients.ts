/** The nutrient set the diary stores on every entry (grams unless named otherwise). */
export interface Nutrients {
  energyKcal: number;
  proteinG: number;
  carbohydratesG: number;
  fatG: number;
  fiberG: number;
  sugarsG: number;
  saturatedFatG: number;
  saltG: number;
}

export const NUTRIENT_KEYS: readonly (keyof Nutrients)[] = [
  'energyKcal',
  'proteinG',
  'carbohydratesG',
  'fatG',
  'fiberG',
  'sugarsG',
  'saturatedFatG',
  'saltG',
];

export const ZERO_NUTRIENTS: Nutrients = {
  energyKcal: 0,
  proteinG: 0,
  carbohydratesG: 0,
  fatG: 0,
  fiberG: 0,
  sugarsG: 0,
  saturatedFatG: 0,
  saltG: 0,
};

export function scaleNutrients(n: Nutrients, factor: number): Nutrients {
  const out = { ...ZERO_NUTRIENTS };
  for (const k of NUTRIENT_KEYS) out[k] = n[k] * factor;
  return out;
}

export function addNutrients(a: Nutrients, b: Nutrients): Nutrients {
  const out = { ...ZERO_NUTRIENTS };
  for (const k of NUTRIENT_KEYS) out[k] = a[k] + b[k];
  return out;
}

export function sumNutrients(list: Nutrients[]): Nutrients {
  return list.reduce(addNutrients, { ...ZERO_NUTRIENTS });
}

/** Rounds for storage and display: energy to 0.1 kcal, grams to 0.01 g. */
export function roundNutrients(n: Nutrients): Nutrients {
  const out = { ...ZERO_NUTRIENTS };
  for (const k of NUTRIENT_KEYS)
    out[k] = Math.round(n[k] * (k === 'energyKcal' ? 10 : 100)) / (k === 'energyKcal' ? 10 : 100);
  return out;
}
