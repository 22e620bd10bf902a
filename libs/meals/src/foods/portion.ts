import { badRequest } from '@welness/platform';
import type { HouseholdUnit } from './user-food.entity';
import { Nutrients, roundNutrients, scaleNutrients } from './nutrients';

/**
 * What an entry's nutrients were computed from, frozen at write time so that editing the
 * quantity later never re-reads (possibly changed) catalogue data.
 */
export interface PortionBasis {
  /** Per 100 g (or 100 ml, treated as grams: OFF declares drinks per 100 ml). Null for quick-adds. */
  per100: Nutrients | null;
  servingG: number | null;
  householdUnits: HouseholdUnit[];
  /** Quick-adds: nutrients of one item/serving as the user typed them. */
  perItem: Nutrients | null;
}

export interface Portion {
  grams: number | null;
  nutrients: Nutrients;
}

/** Nutrients of `quantity` × `unit` (g, ml, serving or a household unit name). */
export function portion(basis: PortionBasis, quantity: number, unit: string): Portion {
  if (!(quantity > 0)) throw badRequest('invalid-quantity', 'quantity must be positive');
  const u = unit.trim().toLowerCase();
  if (basis.perItem) {
    if (u !== 'serving') throw badRequest('invalid-unit', 'A quick-add is logged in servings.');
    return { grams: null, nutrients: roundNutrients(scaleNutrients(basis.perItem, quantity)) };
  }
  if (!basis.per100) throw badRequest('no-nutrients', 'This item has no nutrition facts.');
  let grams: number;
  if (u === 'g' || u === 'ml') grams = quantity;
  else if (u === 'serving') {
    if (!basis.servingG) throw badRequest('invalid-unit', 'This item has no serving size; use g or ml.');
    grams = quantity * basis.servingG;
  } else {
    const hu = basis.householdUnits.find((h) => h.name.toLowerCase() === u);
    if (!hu) {
      const known = [
        'g',
        'ml',
        ...(basis.servingG ? ['serving'] : []),
        ...basis.householdUnits.map((h) => h.name),
      ];
      throw badRequest('invalid-unit', `Unknown unit "${unit}". Use one of: ${known.join(', ')}.`);
    }
    grams = quantity * hu.grams;
  }
  return { grams, nutrients: roundNutrients(scaleNutrients(basis.per100, grams / 100)) };
}
