import { KJ_PER_KCAL } from '@welness/nutrition';
import { ZERO_NUTRIENTS } from '../foods/nutrients';
import type { CatalogueFood } from './product.source';

/** The part of the facts module's normalized product that the diary reads (structural). */
export interface NormalizedProductLike {
  code: string;
  name: string | null;
  brands: string[];
  servingQuantityG: number | null;
  nutrientsPer100g: {
    energyKcal: number | null;
    energyKj: number | null;
    fat: number | null;
    saturatedFat: number | null;
    carbohydrates: number | null;
    sugars: number | null;
    fiber: number | null;
    proteins: number | null;
    salt: number | null;
  };
  allergens: string[];
  diet: { vegan: boolean | null; vegetarian: boolean | null };
}

/**
 * Maps a catalogue product for logging. Returns null when energy is unknown: an entry without
 * energy would silently count as 0 kcal. Unknown macros count as 0, as on the label.
 */
export function toCatalogueFood(p: NormalizedProductLike): CatalogueFood | null {
  const n = p.nutrientsPer100g;
  const kcal = n.energyKcal ?? (n.energyKj !== null ? n.energyKj / KJ_PER_KCAL : null);
  if (kcal === null) return null;
  return {
    barcode: p.code,
    name: p.name ?? p.code,
    brand: p.brands[0] ?? null,
    per100: {
      ...ZERO_NUTRIENTS,
      energyKcal: kcal,
      proteinG: n.proteins ?? 0,
      carbohydratesG: n.carbohydrates ?? 0,
      fatG: n.fat ?? 0,
      fiberG: n.fiber ?? 0,
      sugarsG: n.sugars ?? 0,
      saturatedFatG: n.saturatedFat ?? 0,
      saltG: n.salt ?? 0,
    },
    servingG: p.servingQuantityG,
    allergens: p.allergens,
    vegan: p.diet.vegan,
    vegetarian: p.diet.vegetarian,
  };
}
