import { readString, type OffRecord } from '@welness/nutrition';
import type { NormalizeOptions, NormalizedProduct } from './normalized-product.types';
import { classifyRecord } from './product-code.classifier';
import {
  detectShape,
  readCompleteness,
  readImageUrl,
  readLastModified,
  readPopularity,
} from './product-meta.reader';
import { nutrientsPerServing, readNutrientsPer100g } from './product-nutrients.reader';
import { resolveNutriScore } from './product-nutri-score.resolver';
import { nutritionWarnings } from './product-quality.checker';
import { readDiet, readNova, readTaxonomy } from './product-tags.reader';
import { resolveBrands, resolveLanguage, resolveName, resolveServingQuantityG } from './product-text.reader';
import { keywordsOf } from './text-folding.util';

export class UnusableRecordError extends Error {
  constructor(readonly reason: string) {
    super(`unusable Open Food Facts record: ${reason}`);
    this.name = 'UnusableRecordError';
  }
}

/**
 * Turns one Open Food Facts record (dump document, CSV row or API object) into our
 * normalized product. Pure: no I/O, no clock. Call classifyRecord first to skip records
 * without a usable code; this throws UnusableRecordError for them.
 */
export function normalizeProduct(raw: OffRecord, options: NormalizeOptions = {}): NormalizedProduct {
  const classified = classifyRecord(raw);
  if ('reject' in classified) throw new UnusableRecordError(classified.reject);
  const { code } = classified;

  const lang = resolveLanguage(raw, options.lang);
  const name = resolveName(raw, options.lang);
  const brands = resolveBrands(raw);
  const servingSize = readString(raw, 'serving_size');
  const servingQuantityG = resolveServingQuantityG(raw, servingSize);
  const { values: per100g, preparation } = readNutrientsPer100g(raw);
  const nutriScore = resolveNutriScore(raw);

  const warnings = nutritionWarnings(per100g, raw);
  // In-store codes (15–24 digits) follow no GS1 check digit rule.
  if (!classified.checkDigitValid && classified.format !== 'other') warnings.push('check-digit-invalid');
  if (preparation === 'prepared') warnings.push('nutrition-prepared-only');
  if (servingSize !== null && servingQuantityG === null) warnings.push('serving-size-unparsed');
  const { computed } = nutriScore;
  if (
    nutriScore.source === 'off' &&
    computed &&
    nutriScore.grade !== null &&
    computed.grade !== nutriScore.grade
  ) {
    warnings.push('nutriscore-differs-from-off');
  }

  const langs = [options.lang, readString(raw, 'lc'), 'en'].filter((l): l is string => typeof l === 'string');
  return {
    code,
    codeFormat: classified.format,
    sourceShape: detectShape(raw),
    name,
    brands,
    quantity: readString(raw, 'quantity'),
    servingSize,
    servingQuantityG,
    nutritionPreparation: preparation,
    nutrientsPer100g: per100g,
    nutrientsPerServing: nutrientsPerServing(per100g, servingQuantityG),
    nutriScore,
    nova: readNova(raw),
    allergens: readTaxonomy(raw, 'allergens'),
    traces: readTaxonomy(raw, 'traces'),
    categories: readTaxonomy(raw, 'categories'),
    labels: readTaxonomy(raw, 'labels'),
    diet: readDiet(raw),
    imageUrl: readImageUrl(raw, code, lang ? [lang, ...langs] : langs),
    dataQuality: { warnings },
    keywords: keywordsOf(name, ...brands),
    popularity: readPopularity(raw),
    completeness: readCompleteness(raw),
    lastModified: readLastModified(raw),
  };
}
