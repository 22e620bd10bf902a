import { readString, type OffRecord } from '@welness/nutrition';
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
    const chars = [...word];
    for (let n = Math.min(KEYWORD_PREFIX_MIN, chars.length); n <= Math.min(KEYWORD_PREFIX_MAX, chars.length); n += 1) {
      prefixes.add(chars.slice(0, n).join(''));
    }
  }
  return [...prefixes];
}

const NAME_FIELD_RE = /^product_name_([a-z]{2,3})$/;

/** `product_name_<lc>` values, plus the resolved name under the record's main language. */
export function namesOf(raw: OffRecord, normalized: NormalizedProduct): Record<string, string> {
  const names: Record<string, string> = {};
  for (const field of Object.keys(raw)) {
    // Dump documents have hundreds of fields: test the cheap prefix before the regex.
    if (!field.startsWith('product_name_')) continue;
    const match = NAME_FIELD_RE.exec(field);
    if (!match) continue;
    const value = readString(raw, field);
    if (value) names[match[1]] = value;
  }
  const lc = readString(raw, 'lc');
  if (lc && !names[lc] && normalized.name) names[lc] = normalized.name;
  return names;
}

export function rankOf(popularity: number | null, completeness: number | null): number {
  return Math.max(0, popularity ?? 0) + (completeness ?? 0);
}

/** Builds the stored documents; `sourceText` is the record's own JSON when the caller has it. */
export function toCatalogueEntry(
  raw: OffRecord,
  normalized: NormalizedProduct,
  meta: { origin: ProductOrigin; importId: string | null; sourceText?: string; storedAt: Date },
): CatalogueEntry {
  const names = namesOf(raw, normalized);
  const { keywords: _primaryKeywords, ...rest } = normalized;
  const keywords = keywordsOf(normalized.name, ...Object.values(names), ...normalized.brands);
  const product: ProductDocument = {
    ...rest,
    _id: normalized.code,
    names,
    keywords,
    keywordPrefixes: prefixesOf(keywords),
    brandKeys: [...new Set(normalized.brands.map((b) => foldText(b).trim()).filter((b) => b.length > 0))],
    rank: rankOf(normalized.popularity, normalized.completeness),
    origin: meta.origin,
    importId: meta.importId,
    storedAt: meta.storedAt,
  };
  return { product, source: { _id: normalized.code, source: meta.sourceText ?? JSON.stringify(raw), storedAt: meta.storedAt } };
}
