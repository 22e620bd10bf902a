import type { Nutrients } from '../foods/nutrients';

/** A catalogue product as the diary needs it: nutrients per 100 g (or 100 ml for drinks). */
export interface CatalogueFood {
  barcode: string;
  name: string;
  brand: string | null;
  /** Per 100 g/ml; missing values are 0 except energy, which must be known to log. */
  per100: Nutrients;
  servingG: number | null;
  allergens: string[];
  vegan: boolean | null;
  vegetarian: boolean | null;
}

/** Port to the facts module; the adapter maps its normalized product. */
export interface ProductSource {
  /** `userId` lets the catalogue include the caller's own user-added products. */
  byBarcode(barcode: string, userId: string): Promise<CatalogueFood | null>;
}

export const PRODUCT_SOURCE = Symbol('PRODUCT_SOURCE');
