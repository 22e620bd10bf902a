import { getPath, isPlainObject, readString, toFiniteNumber, type OffRecord } from '@welness/nutrition';
import type { OffRecordShape } from './normalized-product.types';

const OFF_IMAGES_BASE = 'https://images.openfoodfacts.org/images/products';

export function detectShape(record: OffRecord): OffRecordShape {
  if (isPlainObject(getPath(record, 'nutrition', 'aggregated_set'))) return 'dump-1003';
  if (!isPlainObject(record['nutriments'])) return 'csv';
  // Dumps are MongoDB documents: `_id` and `schema_version`/`nutriscore` blocks; API objects
  // of 2015–2020 predate both.
  return 'schema_version' in record || isPlainObject(record['nutriscore']) ? 'dump-legacy' : 'api';
}

/** OFF splits codes into folders 3/3/3/rest after padding to 13 digits. */
export function imageFolder(code: string): string {
  if (!/^\d+$/.test(code)) return code;
  const padded = code.padStart(13, '0');
  const match = /^(\d{3})(\d{3})(\d{3})(\d+)$/.exec(padded);
  return match ? `${match[1]}/${match[2]}/${match[3]}/${match[4]}` : code;
}

function selectedFrontUrl(record: OffRecord, code: string, langs: readonly string[]): string | null {
  const front = getPath(record, 'images', 'selected', 'front');
  if (!isPlainObject(front)) return null;
  const available = Object.keys(front);
  const lang = langs.find((l) => available.includes(l)) ?? available[0];
  if (lang === undefined) return null;
  const rev = toFiniteNumber(getPath(front, lang, 'rev'));
  return rev === null ? null : `${OFF_IMAGES_BASE}/${imageFolder(code)}/front_${lang}.${rev}.400.jpg`;
}

/** Front image (400 px): OFF's own URL fields, else built from the selected front image. */
export function readImageUrl(record: OffRecord, code: string, langs: readonly string[]): string | null {
  for (const field of ['image_front_url', 'image_url']) {
    const url = readString(record, field);
    if (url && /^https?:\/\//.test(url)) return url;
  }
  return selectedFrontUrl(record, code, langs);
}

export function readPopularity(record: OffRecord): number | null {
  return toFiniteNumber(record['unique_scans_n']) ?? toFiniteNumber(record['scans_n']);
}

export function readCompleteness(record: OffRecord): number | null {
  const value = toFiniteNumber(record['completeness']);
  return value !== null && value >= 0 && value <= 1 ? value : null;
}

/** `last_modified_t` (Unix seconds, number or string) as ISO 8601. */
export function readLastModified(record: OffRecord): string | null {
  const seconds = toFiniteNumber(record['last_modified_t']);
  if (seconds === null || seconds <= 0) return null;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
