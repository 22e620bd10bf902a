import { getPath, readOffNutrient, readTags, toFiniteNumber, type OffRecord } from '@welness/nutrition';
import type { NormalizedProduct, ProductDiet } from './normalized-product.types';

const TAG_RE = /^[a-z]{2,3}:\S/;

/**
 * Taxonomy tags of a field: `<field>_tags` when present, else the plain field, which in OFF
 * (and in CSV rows) is itself a comma list of tags such as "en:milk,en:gluten".
 * Free text that is not a tag ("(fr) lait") is left out rather than guessed at.
 */
export function readTaxonomy(record: OffRecord, field: string): string[] {
  const tagged = readTags(record, `${field}_tags`);
  if (tagged.length > 0 || `${field}_tags` in record) return tagged;
  return readTags(record, field).filter((tag) => TAG_RE.test(tag));
}

function tri(tags: ReadonlySet<string>, yes: string, no: string): boolean | null {
  if (tags.has(yes)) return true;
  if (tags.has(no)) return false;
  return null; // "maybe", "unknown" or not analysed
}

/** From OFF's ingredient analysis; "maybe" and "unknown" stay null. */
export function readDiet(record: OffRecord): ProductDiet {
  const tags = new Set(readTags(record, 'ingredients_analysis_tags'));
  return {
    vegan: tri(tags, 'en:vegan', 'en:non-vegan'),
    vegetarian: tri(tags, 'en:vegetarian', 'en:non-vegetarian'),
    palmOilFree: tri(tags, 'en:palm-oil-free', 'en:palm-oil'),
  };
}

export function readNova(record: OffRecord): NormalizedProduct['nova'] {
  const value =
    toFiniteNumber(record['nova_group']) ??
    toFiniteNumber(getPath(record, 'nutriments', 'nova-group_100g')) ??
    readOffNutrient(record, 'nova-group');
  return value === 1 || value === 2 || value === 3 || value === 4 ? value : null;
}
