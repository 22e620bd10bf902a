import { isPlainObject, readString, type OffRecord } from '@welness/nutrition';
import type { NormalizedProduct } from '../domain';
import { foldText, keywordsOf } from '../domain';

/** Where a catalogue entry came from. */
export type ProductOrigin = 'off-import' | 'off-live' | 'user';

/**
 * One entry of the `products` collection: our normalized product at the top level (the
 * fields search and filters index). The OFF record itself lives in `product_sources`
 * under the same code, so lookups and search never read its ~20 KB.
 */
export interface ProductDocument extends Omit<NormalizedProduct, 'keywords'> {
  _id: string;
  /** Product name per language (`product_name_<lc>`), so one cached entry serves every language. */
  names: Record<string, string>;
  /** Folded words of every name and brand. */
  keywords: string[];
  /**
   * Every prefix (2..KEYWORD_PREFIX_MAX characters) of every keyword: prefix search becomes
   * an equality match on a multikey index, which all three servers answer from the index
   * (FerretDB 1.24 cannot push an anchored $regex down and would scan the collection).
   */
  keywordPrefixes: string[];
  /** Folded brands, for the exact brand filter. */
  brandKeys: string[];
  /** Popularity (unique scans) plus completeness (0–1) as tie-breaker; 0 when neither is known. */
  rank: number;
  origin: ProductOrigin;
  importId: string | null;
  storedAt: Date;
}

/**
 * The OFF record as published, in `product_sources`. Kept as JSON text rather than a
 * sub-document because OFF documents hold arrays of arrays, which FerretDB 1.24 refuses.
 */
export interface SourceDocument {
  _id: string;
  source: string;
  storedAt: Date;
}

export interface CatalogueEntry {
  product: ProductDocument;
  source: SourceDocument;
}

/** What the API and the cache need. */
export type CatalogueProduct = Omit<ProductDocument, 'storedAt' | 'importId' | 'keywordPrefixes'>;

export const KEYWORD_PREFIX_MIN = 2;
export const KEYWORD_PREFIX_MAX = 12;

export function prefixesOf(keywords: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const word of keywords) {
    // By code point, so a prefix never ends inside a surrogate pair.
    let prefix = '';
    let n = 0;
    for (const ch of word) {
      prefix += ch;
      n += 1;
      if (n >= KEYWORD_PREFIX_MIN) prefixes.add(prefix);
      if (n === KEYWORD_PREFIX_MAX) break;
    }
    if (n < KEYWORD_PREFIX_MIN) prefixes.add(prefix);
  }
  return [...prefixes];
}

const NAME_FIELD = 'product_name_';
const LANG_RE = /^[a-z]{2,3}$/;

/**
 * Names of the record's `product_name_<lc>` fields. OFF fills `languages_codes` with every
 * language that has a non-empty language-specific field, so a dump document (hundreds of
 * fields) names its candidates there; other shapes (CSV rows, API objects) are small enough
 * to list.
 */
function nameFields(raw: OffRecord): string[] {
  const languages = raw['languages_codes'];
  if (isPlainObject(languages)) return Object.keys(languages).map((lc) => NAME_FIELD + lc);
  return Object.keys(raw).filter((field) => field.startsWith(NAME_FIELD));
}

/** `product_name_<lc>` values, plus the resolved name under the record's main language. */
export function namesOf(raw: OffRecord, normalized: NormalizedProduct): Record<string, string> {
  const names: Record<string, string> = {};
  for (const field of nameFields(raw)) {
    const lang = field.slice(NAME_FIELD.length);
    if (!LANG_RE.test(lang)) continue;
    const value = readString(raw, field);
    if (value) names[lang] = value;
  }
  const lc = readString(raw, 'lc');
  if (lc && !names[lc] && normalized.name) names[lc] = normalized.name;
  return names;
}

export function rankOf(popularity: number | null, completeness: number | null): number {
  return Math.max(0, popularity ?? 0) + (completeness ?? 0);
}

function brandKeysOf(brands: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const brand of brands) {
    const key = foldText(brand).trim();
    if (key.length > 0) keys.add(key);
  }
  return [...keys];
}

/** Builds the stored documents; `sourceText` is the record's own JSON when the caller has it. */
export function toCatalogueEntry(
  raw: OffRecord,
  normalized: NormalizedProduct,
  meta: { origin: ProductOrigin; importId: string | null; sourceText?: string; storedAt: Date },
): CatalogueEntry {
  const names = namesOf(raw, normalized);
  const keywords = keywordsOf(normalized.name, ...Object.values(names), ...normalized.brands);
  // Listed field by field: object rest/spread over ~25 fields is a measurable share of an import.
  const product: ProductDocument = {
    code: normalized.code,
    codeFormat: normalized.codeFormat,
    sourceShape: normalized.sourceShape,
    name: normalized.name,
    brands: normalized.brands,
    quantity: normalized.quantity,
    servingSize: normalized.servingSize,
    servingQuantityG: normalized.servingQuantityG,
    nutritionPreparation: normalized.nutritionPreparation,
    nutrientsPer100g: normalized.nutrientsPer100g,
    nutrientsPerServing: normalized.nutrientsPerServing,
    nutriScore: normalized.nutriScore,
    nova: normalized.nova,
    allergens: normalized.allergens,
    traces: normalized.traces,
    categories: normalized.categories,
    labels: normalized.labels,
    diet: normalized.diet,
    imageUrl: normalized.imageUrl,
    dataQuality: normalized.dataQuality,
    popularity: normalized.popularity,
    completeness: normalized.completeness,
    lastModified: normalized.lastModified,
    _id: normalized.code,
    names,
    keywords,
    keywordPrefixes: prefixesOf(keywords),
    brandKeys: brandKeysOf(normalized.brands),
    rank: rankOf(normalized.popularity, normalized.completeness),
    origin: meta.origin,
    importId: meta.importId,
    storedAt: meta.storedAt,
  };
  return { product, source: { _id: normalized.code, source: meta.sourceText ?? JSON.stringify(raw), storedAt: meta.storedAt } };
}
