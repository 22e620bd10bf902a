/**
 * Tolerant readers for Open Food Facts records in any of the shapes we ingest:
 * dump documents (legacy `nutriments` or schema-1003 `nutrition.aggregated_set`),
 * flat CSV rows (`<id>_100g` columns, comma-joined tag lists, numbers as strings)
 * and old API objects (numbers sometimes as strings).
 */
export type OffRecord = Readonly<Record<string, unknown>>;

export type OffPreparation = 'as_sold' | 'prepared';

const NUMERIC_RE = /^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[-+]?\d+)?$/i;
// OFF values may carry a modifier ("< 0.5", "~12"): the number is still the best estimate.
const MODIFIER_RE = /^(?:<=|>=|[<>~≤≥])\s*/;

export function toFiniteNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(MODIFIER_RE, '');
  if (!NUMERIC_RE.test(text)) return null;
  const parsed = Number(text.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : null;
}

export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getPath(root: unknown, ...keys: readonly string[]): unknown {
  let node: unknown = root;
  for (const key of keys) {
    if (!isPlainObject(node)) return undefined;
    node = node[key];
  }
  return node;
}

export function readString(record: OffRecord, field: string): string | null {
  const value = record[field];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : null;
}

/** Tag lists are arrays in documents and comma- (or tab-) joined strings in CSV rows. */
export function readTags(record: OffRecord, field: string): string[] {
  const value = record[field];
  const items = Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : typeof value === 'string'
      ? value.split(/[,\t]/)
      : [];
  return [...new Set(items.map((item) => item.trim()).filter((item) => item.length > 0))];
}

export function hasTag(record: OffRecord, field: string, tag: string): boolean {
  return readTags(record, field).includes(tag);
}

const GRAM_FACTORS: Readonly<Record<string, number>> = {
  g: 1,
  mg: 0.001,
  µg: 0.000001,
  μg: 0.000001,
  mcg: 0.000001,
};

function aggregatedValue(nutrient: unknown): number | null {
  if (!isPlainObject(nutrient)) return null;
  const value = toFiniteNumber(nutrient['value']);
  if (value === null) return null;
  // Aggregated values are already in the default unit; convert defensively if a producer
  // import ever left a mass in mg or µg.
  const unit = typeof nutrient['unit'] === 'string' ? nutrient['unit'] : '';
  const factor = GRAM_FACTORS[unit];
  return factor === undefined ? value : value * factor;
}

/** True when the record uses the schema-1003 layout (values under nutrition.aggregated_set). */
export function usesAggregatedSet(record: OffRecord): boolean {
  return isPlainObject(getPath(record, 'nutrition', 'aggregated_set', 'nutrients'));
}

/** Value per 100 g/ml of an OFF nutrient id, or null; see offNutrientReader. */
export type OffNutrientReader = (id: string) => number | null;

const NONE: OffNutrientReader = () => null;

/**
 * Reads OFF nutrient ids ("saturated-fat", "energy-kcal"...) per 100 g/ml, in OFF's default
 * unit (g, kJ for "energy", kcal for "energy-kcal", % for fruits estimates). The layout is
 * resolved once, so reading a dozen nutrients of one record costs a property lookup each.
 * Schema-1003 documents are read from the aggregated set only: their `nutriments` is `{}`
 * and any stale legacy value must not leak in.
 */
export function offNutrientReader(record: OffRecord, preparation: OffPreparation = 'as_sold'): OffNutrientReader {
  const set = getPath(record, 'nutrition', 'aggregated_set');
  if (isPlainObject(set) && isPlainObject(set['nutrients'])) {
    if ((set['preparation'] ?? 'as_sold') !== preparation) return NONE;
    const nutrients = set['nutrients'];
    return (id) => aggregatedValue(nutrients[id]);
  }
  const suffix = preparation === 'prepared' ? '_prepared_100g' : '_100g';
  const nutriments = isPlainObject(record['nutriments']) ? record['nutriments'] : null;
  return (id) => {
    const key = id + suffix;
    return (nutriments === null ? null : toFiniteNumber(nutriments[key])) ?? toFiniteNumber(record[key]);
  };
}

/** One nutrient of a record; prefer offNutrientReader to read several. */
export function readOffNutrient(
  record: OffRecord,
  id: string,
  preparation: OffPreparation = 'as_sold',
): number | null {
  return offNutrientReader(record, preparation)(id);
}

/** Preparation state of the nutrition data the record carries for Nutri-Score purposes. */
export function availablePreparations(record: OffRecord): OffPreparation[] {
  if (usesAggregatedSet(record)) {
    const preparation = getPath(record, 'nutrition', 'aggregated_set', 'preparation');
    return [preparation === 'prepared' ? 'prepared' : 'as_sold'];
  }
  const nutriments = record['nutriments'];
  const keys = [...Object.keys(isPlainObject(nutriments) ? nutriments : {}), ...Object.keys(record)];
  const result: OffPreparation[] = [];
  if (keys.some((key) => key.endsWith('_100g') && !key.endsWith('_prepared_100g'))) result.push('as_sold');
  if (keys.some((key) => key.endsWith('_prepared_100g'))) result.push('prepared');
  return result;
}
