import {
  availablePreparations,
  getPath,
  isPlainObject,
  offNutrientReader,
  type OffNutrientReader,
  readOffNutrient,
  readTags,
  toFiniteNumber,
  type OffPreparation,
  type OffRecord,
} from '../off-record/off-record.reader';
import { kcalToKj } from '../units/energy.units';
import { saltFromSodium } from '../units/salt.units';
import {
  EXEMPTED_CATEGORIES,
  FLAVOURED_WATER_CATEGORIES,
  FRUITS_VEGETABLES_LEGUMES_BY_CATEGORY,
  FRUITS_VEGETABLES_LEGUMES_CATEGORY_OVERRIDES,
  NOT_EXEMPTED_CATEGORIES,
  PREPARED_DATA_CATEGORIES,
  WATER_CATEGORY,
} from './nutri-score.categories';
import {
  deriveNonNutritiveSweeteners,
  deriveNutriScoreFlags,
  type NutriScoreFlagsSource,
} from './nutri-score.flags';
import type { NutriScoreInput, NutriScoreNutrients } from './nutri-score.types';

export type NutriScoreStatus = 'computable' | 'missing-category' | 'not-applicable' | 'missing-data';

export type FruitsVegetablesLegumesSource = 'off-nutrition' | 'off-estimate' | 'category' | 'none';

export interface NutriScoreDerivation {
  status: NutriScoreStatus;
  input: NutriScoreInput;
  preparation: OffPreparation;
  flagsSource: NutriScoreFlagsSource;
  fruitsVegetablesLegumesSource: FruitsVegetablesLegumesSource;
  /** OFF nutrient ids that block a grade (status 'missing-data'). */
  missingNutrients: string[];
  notApplicableCategory: string | null;
}

/**
 * Fruits/vegetables/legumes %, OFF 2023 order: category overrides (olive, rapeseed, walnut
 * oils), OFF's ingredient estimate on legacy documents, the schema-1003 aggregated value
 * (packaging or OFF's estimate) or CSV column, then OFF's conservative per-category table.
 * Nuts no longer count in 2023, so the legacy "fruits-vegetables-nuts" fields are not used.
 */
export function deriveFruitsVegetablesLegumes(
  record: OffRecord,
  preparation: OffPreparation = 'as_sold',
): { value: number | null; source: FruitsVegetablesLegumesSource } {
  const categories = new Set(readTags(record, 'categories_tags'));
  for (const [category, percent] of FRUITS_VEGETABLES_LEGUMES_CATEGORY_OVERRIDES) {
    if (categories.has(category)) return { value: percent, source: 'category' };
  }
  const estimate = readOffNutrient(
    record,
    'fruits-vegetables-legumes-estimate-from-ingredients',
    preparation,
  );
  if (estimate !== null) return { value: estimate, source: 'off-estimate' };
  const value = readOffNutrient(record, 'fruits-vegetables-legumes', preparation);
  if (value !== null) return { value, source: 'off-nutrition' };
  for (const [category, percent] of FRUITS_VEGETABLES_LEGUMES_BY_CATEGORY) {
    if (categories.has(category)) return { value: percent, source: 'category' };
  }
  return { value: null, source: 'none' };
}

function readEnergyKj(read: OffNutrientReader): number | null {
  const kj = read('energy') ?? read('energy-kj');
  if (kj !== null) return kj;
  const kcal = read('energy-kcal');
  return kcal === null ? null : kcalToKj(kcal);
}

function readSalt(read: OffNutrientReader): number | null {
  const salt = read('salt');
  if (salt !== null) return salt;
  const sodium = read('sodium');
  return sodium === null ? null : saltFromSodium(sodium);
}

/** Nutrient values OFF feeds into the 2023 score, with its two "deducible zero" rules. */
export function deriveNutriScoreNutrients(
  record: OffRecord,
  preparation: OffPreparation = 'as_sold',
): { nutrients: NutriScoreNutrients; fat: number | null; carbohydrates: number | null } {
  const read = offNutrientReader(record, preparation);
  const fat = read('fat');
  const carbohydrates = read('carbohydrates');
  const sugars = read('sugars') ?? (carbohydrates === 0 ? 0 : null);
  const saturatedFat = read('saturated-fat') ?? (fat === 0 ? 0 : null);
  return {
    fat,
    carbohydrates,
    nutrients: {
      energyKj: readEnergyKj(read),
      sugars,
      saturatedFat,
      fat,
      salt: readSalt(read),
      fiber: read('fiber'),
      proteins: read('proteins'),
      fruitsVegetablesLegumes: deriveFruitsVegetablesLegumes(record, preparation).value,
      nonNutritiveSweeteners: deriveNonNutritiveSweeteners(record),
    },
  };
}

function notApplicableCategory(record: OffRecord, categories: ReadonlySet<string>): string | null {
  const off = getPath(record, 'nutriscore', '2023');
  if (isPlainObject(off) && 'nutriscore_applicable' in off) {
    // OFF decided with its full taxonomy; trust it either way.
    if ((toFiniteNumber(off['nutriscore_applicable']) ?? 1) !== 0) return null;
    const category = off['not_applicable_category'];
    if (typeof category === 'string' && category.length > 0) return category;
  }
  if (NOT_EXEMPTED_CATEGORIES.some((tag) => categories.has(tag))) return null;
  return EXEMPTED_CATEGORIES.find((tag) => categories.has(tag)) ?? null;
}

function isPlainWater(categories: ReadonlySet<string>): boolean {
  return categories.has(WATER_CATEGORY) && !FLAVOURED_WATER_CATEGORIES.some((tag) => categories.has(tag));
}

/**
 * Everything needed to compute a product's Nutri-Score 2023 from an OFF record of any
 * shape, plus whether OFF would show a grade at all (category known and not exempted,
 * key nutrients declared, prepared values for products sold to be reconstituted).
 */
export function deriveNutriScoreInput(record: OffRecord): NutriScoreDerivation {
  const categories = new Set(readTags(record, 'categories_tags'));
  const { flags, source: flagsSource } = deriveNutriScoreFlags(record);
  const preparation: OffPreparation = PREPARED_DATA_CATEGORIES.some((tag) => categories.has(tag))
    ? 'prepared'
    : 'as_sold';
  const { nutrients, fat } = deriveNutriScoreNutrients(record, preparation);
  const fvl = deriveFruitsVegetablesLegumes(record, preparation);
  const base = {
    input: { nutrients, flags },
    preparation,
    flagsSource,
    fruitsVegetablesLegumesSource: fvl.source,
  };

  if (categories.size === 0) {
    return { ...base, status: 'missing-category', missingNutrients: [], notApplicableCategory: null };
  }
  const exemptedBy = notApplicableCategory(record, categories);
  if (exemptedBy !== null) {
    return { ...base, status: 'not-applicable', missingNutrients: [], notApplicableCategory: exemptedBy };
  }
  if (preparation === 'prepared' && !availablePreparations(record).includes('prepared')) {
    return {
      ...base,
      status: 'missing-data',
      missingNutrients: ['prepared-nutrition-data'],
      notApplicableCategory: null,
    };
  }
  // Plain waters get their grade from the category alone; their labels list minerals instead.
  const missing: string[] = [];
  if (!isPlainWater(categories)) {
    const required: readonly [string, number | null][] = [
      ['energy', nutrients.energyKj],
      ['fat', fat],
      ['saturated-fat', nutrients.saturatedFat],
      ['sugars', nutrients.sugars],
      ['sodium', nutrients.salt],
      ['proteins', nutrients.proteins],
    ];
    for (const [id, value] of required) if (value === null) missing.push(id);
  }
  return {
    ...base,
    status: missing.length > 0 ? 'missing-data' : 'computable',
    missingNutrients: missing,
    notApplicableCategory: null,
  };
}
