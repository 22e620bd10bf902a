import { quantityToGrams, readString, readTags, toFiniteNumber, type OffRecord } from '@welness/nutrition';

function languageOf(record: OffRecord): string | null {
  return readString(record, 'lc') ?? readString(record, 'lang');
}

/**
 * Product name in the requested language, then the record's main language, then the
 * untranslated field, then the generic name in the same order.
 */
export function resolveName(record: OffRecord, lang?: string): string | null {
  const langs = [lang, languageOf(record)].filter((l): l is string => typeof l === 'string' && l.length > 0);
  for (const base of ['product_name', 'generic_name']) {
    for (const l of langs) {
      const localized = readString(record, `${base}_${l}`);
      if (localized) return localized;
    }
    const plain = readString(record, base);
    if (plain) return plain;
  }
  return readString(record, 'abbreviated_product_name');
}

/** Brands as typed (comma separated); falls back to brand tags when no text exists. */
export function resolveBrands(record: OffRecord): string[] {
  const text = readString(record, 'brands');
  const items = text
    ? text.split(',')
    : readTags(record, 'brands_tags').map((tag) => tag.replace(/^[a-z]{2}:/, '').replace(/-/g, ' '));
  const seen = new Set<string>();
  const brands: string[] = [];
  for (const item of items) {
    const brand = item.trim();
    const key = brand.toLowerCase();
    if (brand.length > 0 && !seen.has(key)) {
      seen.add(key);
      brands.push(brand);
    }
  }
  return brands;
}

/** Grams in one serving: OFF's computed `serving_quantity`, else parsed from the text. */
export function resolveServingQuantityG(record: OffRecord, servingSize: string | null): number | null {
  const declared = toFiniteNumber(record['serving_quantity']);
  if (declared !== null && declared > 0) return declared;
  return quantityToGrams(servingSize);
}

export function resolveLanguage(record: OffRecord, lang?: string): string | null {
  return lang ?? languageOf(record);
}
