import type { Nutrients } from './nutrients';
import type { PortionBasis } from './portion';

export type ItemKind = 'product' | 'food' | 'recipe' | 'reference' | 'quick';

/** What the user wants to log, before nutrients are looked up. */
export interface ItemSpec {
  kind: ItemKind;
  barcode?: string;
  foodId?: string;
  recipeId?: string;
  /** A built-in reference food (the diet plans' ingredients). */
  foodKey?: string;
  quick?: { name: string; energyKcal: number; proteinG?: number; carbohydratesG?: number; fatG?: number };
  quantity: number;
  unit: string;
}

/** An item with its nutrients computed now and the basis they came from. */
export interface ResolvedItem {
  kind: ItemKind;
  ref: string | null;
  name: string;
  brand: string | null;
  quantity: number;
  unit: string;
  grams: number | null;
  nutrients: Nutrients;
  basis: PortionBasis;
  allergens: string[];
  vegan: boolean | null;
  vegetarian: boolean | null;
}
