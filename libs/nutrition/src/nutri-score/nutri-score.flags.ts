import {
  getPath,
  isPlainObject,
  readTags,
  toFiniteNumber,
  type OffRecord,
} from '../off-record/off-record.reader';
import {
  BEVERAGE_ROOTS,
  CHEESE_CATEGORY,
  CONSIDERED_BEVERAGES_2023,
  FAT_OIL_NUTS_SEEDS_CATEGORIES,
  FLAVOURED_WATER_CATEGORIES,
  NON_NUTRITIVE_SWEETENER_ADDITIVES,
  NOT_BEVERAGES_2023,
  NOT_CHEESE_CATEGORIES,
  NOT_FAT_OIL_NUTS_SEEDS,
  NUTS_CATEGORIES,
  RED_MEAT_CATEGORY_RE,
  RED_MEAT_INGREDIENT_RE,
  RED_MEAT_MIN_PERCENT,
  WATER_CATEGORY,
} from './nutri-score.categories';
import type { NutriScoreFlags } from './nutri-score.types';

export type NutriScoreFlagsSource = 'off' | 'categories';

const OFF_FLAG_KEYS = {
  isBeverage: 'is_beverage',
  isWater: 'is_water',
  isCheese: 'is_cheese',
  isFatOilNutsSeeds: 'is_fat_oil_nuts_seeds',
  isRedMeatProduct: 'is_red_meat_product',
} as const satisfies Record<keyof NutriScoreFlags, string>;

function truthy(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return (toFiniteNumber(value) ?? 0) !== 0;
}

/** OFF's own flags from `nutriscore.2023.data`, or null when the record has none. */
export function offNutriScoreFlags(record: OffRecord): NutriScoreFlags | null {
  const data = getPath(record, 'nutriscore', '2023', 'data');
  if (!isPlainObject(data) || !('is_beverage' in data)) return null;
  return {
    isBeverage: truthy(data[OFF_FLAG_KEYS.isBeverage]),
    isWater: truthy(data[OFF_FLAG_KEYS.isWater]),
    isCheese: truthy(data[OFF_FLAG_KEYS.isCheese]),
    isFatOilNutsSeeds: truthy(data[OFF_FLAG_KEYS.isFatOilNutsSeeds]),
    isRedMeatProduct: truthy(data[OFF_FLAG_KEYS.isRedMeatProduct]),
  };
}

/**
 * Share (%) of red meat in the ingredients, from OFF's per-ingredient `percent_estimate`
 * (already relative to the whole product for sub-ingredients). null without ingredients.
 */
export function redMeatPercentFromIngredients(record: OffRecord): number | null {
  const ingredients = record['ingredients'];
  if (!Array.isArray(ingredients) || ingredients.length === 0) return null;
  const walk = (items: readonly unknown[]): number =>
    items.reduce<number>((total, item) => {
      if (!isPlainObject(item)) return total;
      const id = typeof item['id'] === 'string' ? item['id'] : '';
      if (RED_MEAT_INGREDIENT_RE.test(id)) {
        return total + (toFiniteNumber(item['percent_estimate']) ?? toFiniteNumber(item['percent']) ?? 0);
      }
      const children = item['ingredients'];
      return Array.isArray(children) ? total + walk(children) : total;
    }, 0);
  return walk(ingredients);
}

/** Flags from `categories_tags` (+ ingredients for red meat), for records without OFF's. */
export function nutriScoreFlagsFromCategories(record: OffRecord): NutriScoreFlags {
  const categories = new Set(readTags(record, 'categories_tags'));
  const has = (tag: string): boolean => categories.has(tag);
  const any = (tags: readonly string[]): boolean => tags.some(has);

  const isBeverage = (any(BEVERAGE_ROOTS) && !any(NOT_BEVERAGES_2023)) || any(CONSIDERED_BEVERAGES_2023);
  const isWater = has(WATER_CATEGORY) && !any(FLAVOURED_WATER_CATEGORIES);
  const isCheese = has(CHEESE_CATEGORY) && !any(NOT_CHEESE_CATEGORIES);
  const isFatOilNutsSeeds =
    !any(NOT_FAT_OIL_NUTS_SEEDS) && (any(FAT_OIL_NUTS_SEEDS_CATEGORIES) || any(NUTS_CATEGORIES));
  const redMeatPercent = redMeatPercentFromIngredients(record);
  const isRedMeatProduct =
    [...categories].some((tag) => RED_MEAT_CATEGORY_RE.test(tag)) ||
    (redMeatPercent !== null && redMeatPercent > RED_MEAT_MIN_PERCENT);
  return { isBeverage, isWater, isCheese, isFatOilNutsSeeds, isRedMeatProduct };
}

/** OFF's flags when the record carries them, else our category mapping. */
export function deriveNutriScoreFlags(record: OffRecord): {
  flags: NutriScoreFlags;
  source: NutriScoreFlagsSource;
} {
  const off = offNutriScoreFlags(record);
  return off
    ? { flags: off, source: 'off' }
    : { flags: nutriScoreFlagsFromCategories(record), source: 'categories' };
}

/**
 * Count of non-nutritive sweeteners: OFF's ingredient analysis when present, else the
 * distinct sweetener additives listed (CSV rows and old API objects). null when unknown.
 */
export function deriveNonNutritiveSweeteners(record: OffRecord): number | null {
  const counted = toFiniteNumber(record['ingredients_non_nutritive_sweeteners_n']);
  if (counted !== null) return counted;
  if (!('additives_tags' in record)) return null;
  const additives = readTags(record, 'additives_tags');
  const found = NON_NUTRITIVE_SWEETENER_ADDITIVES.filter((root) =>
    additives.some(
      (tag) => tag === root || (tag.startsWith(root) && /^[a-z]+$/.test(tag.slice(root.length))),
    ),
  );
  return found.length;
}
