/**
 * Allergen names as people say them (English and Spanish, singular or plural) mapped to the
 * Open Food Facts tags catalogue products and reference foods carry. An unknown name keeps
 * its own tag ("en:lupin"), so nothing a person names is silently dropped.
 */
const SYNONYMS: Record<string, string[]> = {
  'en:peanuts': [
    'peanut',
    'peanuts',
    'peanut-butter',
    'groundnut',
    'groundnuts',
    'cacahuete',
    'cacahuetes',
    'mani',
    'maní',
    'cacahuate',
    'cacahuates',
  ],
  'en:nuts': [
    'nut',
    'nuts',
    'tree-nut',
    'tree-nuts',
    'almond',
    'almonds',
    'walnut',
    'walnuts',
    'hazelnut',
    'hazelnuts',
    'cashew',
    'cashews',
    'frutos-secos',
    'fruto-seco',
    'nuez',
    'nueces',
    'almendra',
    'almendras',
    'avellana',
    'avellanas',
  ],
  'en:milk': ['milk', 'dairy', 'lactose', 'leche', 'lacteos', 'lácteos', 'lactosa', 'cheese', 'queso'],
  'en:eggs': ['egg', 'eggs', 'huevo', 'huevos'],
  'en:fish': ['fish', 'pescado', 'pescados'],
  'en:crustaceans': [
    'crustacean',
    'crustaceans',
    'shellfish',
    'shrimp',
    'prawn',
    'prawns',
    'marisco',
    'mariscos',
    'crustaceo',
    'crustaceos',
    'crustáceos',
    'gamba',
    'gambas',
  ],
  'en:molluscs': ['mollusc', 'molluscs', 'mollusk', 'mollusks', 'moluscos'],
  'en:gluten': ['gluten', 'wheat', 'trigo', 'celiac', 'coeliac', 'celiaco', 'celíaco'],
  'en:soybeans': ['soy', 'soya', 'soybean', 'soybeans', 'soja'],
  'en:sesame-seeds': ['sesame', 'sesame-seed', 'sesame-seeds', 'sesamo', 'sésamo'],
  'en:celery': ['celery', 'apio'],
  'en:mustard': ['mustard', 'mostaza'],
  'en:lupin': ['lupin', 'lupins', 'altramuz', 'altramuces'],
  'en:sulphur-dioxide-and-sulphites': ['sulphite', 'sulphites', 'sulfite', 'sulfites', 'sulfitos'],
};

/** Shellfish allergy covers molluscs too (EU groups both as "shellfish" in common speech). */
const ALSO: Record<string, string[]> = {
  shellfish: ['en:molluscs'],
  marisco: ['en:molluscs'],
  mariscos: ['en:molluscs'],
};

const BY_NAME = new Map<string, string>();
for (const [tag, names] of Object.entries(SYNONYMS)) for (const n of names) BY_NAME.set(n, tag);

const slug = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/^(?:an?|the)\s+/, '')
    .replace(/\s+/g, '-');

/** One spoken allergen ("Peanuts", "tree nuts", "en:milk", "leche") as OFF tags. */
export function allergenTags(name: string): string[] {
  const s = slug(name);
  if (!s) return [];
  if (s.includes(':')) return [s];
  const tag = BY_NAME.get(s) ?? `en:${s}`;
  return [tag, ...(ALSO[s] ?? [])];
}

/** A list of spoken allergens as a sorted, de-duplicated list of OFF tags. */
export function normalizeAllergens(names: readonly string[]): string[] {
  return [...new Set(names.flatMap(allergenTags))].sort();
}
