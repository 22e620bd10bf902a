import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { OffRecord } from '@welness/nutrition';
import { normalizeProduct, UnusableRecordError } from './normalize-product';
import type { NormalizedProduct } from './normalized-product.types';
import { classifyRecord } from './product-code.classifier';
import { NUTRIENT_KEYS } from './product-nutrients.reader';

// Repo root is four levels up; the shared data sits beside the repo (../shared).
const DATA_DIR = path.resolve(__dirname, '../../../..', '../shared/data/off');
const FILES = [
  'off-dump-2026-sample100.jsonl',
  'off-csv-2026-random1000.jsonl',
  'off-csv-2026-sorted1000.jsonl',
  'off-api-2020-fr41.jsonl',
  'off-api-2017-53.jsonl',
] as const;

function load(file: string): OffRecord[] {
  return readFileSync(path.join(DATA_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as OffRecord);
}

const data = Object.fromEntries(FILES.map((file) => [file, load(file)])) as Record<
  (typeof FILES)[number],
  OffRecord[]
>;
const normalized = Object.fromEntries(
  FILES.map((file) => [file, data[file].map((record) => normalizeProduct(record))]),
) as Record<(typeof FILES)[number], NormalizedProduct[]>;
const all = FILES.flatMap((file) => normalized[file]);

function find(file: (typeof FILES)[number], code: string): NormalizedProduct {
  const product = normalized[file].find((p) => p.code === code);
  if (!product) throw new Error(`${code} not in ${file}`);
  return product;
}

const isNullableFinite = (value: unknown): boolean =>
  value === null || (typeof value === 'number' && Number.isFinite(value));

describe('normalizeProduct over every record of the five OFF fixtures', () => {
  it('loads the documented record counts, all with a usable code', () => {
    expect(FILES.map((file) => data[file].length)).toEqual([100, 1000, 1000, 41, 53]);
    for (const file of FILES) {
      for (const record of data[file]) expect(classifyRecord(record)).toHaveProperty('code');
    }
  });

  it('keeps OFF codes as stored and detects each layout', () => {
    for (const file of FILES) {
      normalized[file].forEach((product, i) => expect(product.code).toBe(String(data[file][i]?.['code'])));
    }
    const shapes = (file: (typeof FILES)[number]) => new Set(normalized[file].map((p) => p.sourceShape));
    expect(shapes('off-dump-2026-sample100.jsonl')).toEqual(new Set(['dump-legacy', 'dump-1003']));
    expect(
      normalized['off-dump-2026-sample100.jsonl'].filter((p) => p.sourceShape === 'dump-1003'),
    ).toHaveLength(25);
    expect(shapes('off-csv-2026-random1000.jsonl')).toEqual(new Set(['csv']));
    expect(shapes('off-api-2020-fr41.jsonl')).toEqual(new Set(['api']));
  });

  it('classifies the odd barcodes of the random CSV sample', () => {
    const formats: Record<string, number> = {};
    for (const p of normalized['off-csv-2026-random1000.jsonl'])
      formats[p.codeFormat] = (formats[p.codeFormat] ?? 0) + 1;
    // 59 eight-digit codes: 7 fail the EAN-8 check but are valid UPC-E.
    expect(formats).toEqual({ 'EAN-13': 930, 'EAN-8': 52, 'UPC-E': 7, other: 11 });
    const invalid = normalized['off-csv-2026-random1000.jsonl'].filter((p) =>
      p.dataQuality.warnings.includes('check-digit-invalid'),
    );
    expect(invalid).toHaveLength(20); // 15 EAN-13 + 5 eight-digit codes valid under neither reading
  });

  it('satisfies the structural invariants for all 2194 products', () => {
    expect(all).toHaveLength(2194);
    for (const p of all) {
      expect(p.name === null || (p.name.length > 0 && p.name === p.name.trim())).toBe(true);
      expect(new Set(p.brands.map((b) => b.toLowerCase())).size).toBe(p.brands.length);
      expect(p.brands.every((b) => b.length > 0 && b === b.trim())).toBe(true);
      for (const key of NUTRIENT_KEYS) expect(isNullableFinite(p.nutrientsPer100g[key])).toBe(true);
      const { salt, sodium, energyKj, energyKcal } = p.nutrientsPer100g;
      expect(salt === null).toBe(sodium === null);
      expect(energyKj === null).toBe(energyKcal === null);
      if (p.nutrientsPerServing !== null) {
        expect(p.servingQuantityG).toBeGreaterThan(0);
        for (const key of NUTRIENT_KEYS) {
          const per100 = p.nutrientsPer100g[key];
          const expected = per100 === null ? null : (per100 * (p.servingQuantityG as number)) / 100;
          expect(p.nutrientsPerServing[key]).toBe(expected);
        }
      }
      expect(p.servingQuantityG === null || p.servingQuantityG > 0).toBe(true);
      expect([null, 1, 2, 3, 4]).toContain(p.nova);
      for (const tags of [p.allergens, p.traces, p.categories, p.labels]) {
        expect(tags.every((t) => /^[a-z]{2,3}:\S/.test(t))).toBe(true);
        expect(new Set(tags).size).toBe(tags.length);
      }
      for (const flag of Object.values(p.diet)) expect([true, false, null]).toContain(flag);
      expect(p.imageUrl === null || /^https:\/\//.test(p.imageUrl) || /^http:\/\//.test(p.imageUrl)).toBe(
        true,
      );
      expect(
        p.keywords.every((k) => k === k.toLowerCase() && k === k.normalize('NFKD').replace(/\p{M}/gu, '')),
      ).toBe(true);
      expect(new Set(p.keywords).size).toBe(p.keywords.length);
      expect(p.completeness === null || (p.completeness >= 0 && p.completeness <= 1)).toBe(true);
      expect(p.popularity === null || p.popularity >= 0).toBe(true);
      expect(p.lastModified === null || !Number.isNaN(Date.parse(p.lastModified))).toBe(true);
      expect(p.dataQuality.warnings.every((w) => /^[a-z0-9-]+(:[a-zA-Z]+)?$/.test(w))).toBe(true);
    }
  });

  it('keeps Nutri-Score consistent with its source', () => {
    for (const p of all) {
      const ns = p.nutriScore;
      expect(ns.version).toBe('2023');
      expect([null, 'a', 'b', 'c', 'd', 'e']).toContain(ns.grade);
      if (ns.grade === null) expect(ns.score).toBeNull();
      if (ns.source === 'computed') expect(ns.computed).toMatchObject({ grade: ns.grade, score: ns.score });
      if (ns.source === null) expect(ns.grade).toBeNull();
      if (ns.computed) expect(ns.computed.components.negative.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('matches OFF on all 59 graded dump records and on every graded CSV row it can compute', () => {
    const dump = normalized['off-dump-2026-sample100.jsonl'].filter((p) => p.nutriScore.grade !== null);
    expect(dump).toHaveLength(59);
    for (const p of dump)
      expect(p.nutriScore).toMatchObject({
        source: 'off',
        computed: { grade: p.nutriScore.grade, score: p.nutriScore.score },
      });
    const csv = [
      ...normalized['off-csv-2026-random1000.jsonl'],
      ...normalized['off-csv-2026-sorted1000.jsonl'],
    ].filter(
      (p) => p.nutriScore.source === 'off' && p.nutriScore.grade !== null && p.nutriScore.computed !== null,
    );
    const differing = csv.filter((p) => p.nutriScore.computed?.grade !== p.nutriScore.grade);
    console.log(
      `CSV rows graded by OFF and computable by us: ${csv.length}, grade differences: ${differing.length}`,
    );
    expect(csv.length).toBeGreaterThanOrEqual(300);
    expect(differing.map((p) => p.code)).toEqual([]);
  });

  it('never publishes pre-2023 OFF grades of old API objects as 2023 grades', () => {
    for (const file of ['off-api-2020-fr41.jsonl', 'off-api-2017-53.jsonl'] as const) {
      for (const p of normalized[file]) expect(p.nutriScore.source).not.toBe('off');
    }
  });

  it('flags implausible values without dropping them', () => {
    const chocolate = find('off-dump-2026-sample100.jsonl', '0000609231508');
    expect(chocolate.nutrientsPer100g).toMatchObject({ fat: 159, carbohydrates: 272, energyKj: 4550 });
    expect(chocolate.dataQuality.warnings).toEqual(
      expect.arrayContaining([
        'value-above-100g:fat',
        'value-above-100g:carbohydrates',
        'energy-above-maximum',
        'energy-inconsistent-with-macros',
      ]),
    );
  });

  it('refuses records without a usable code', () => {
    expect(() => normalizeProduct({ product_name: 'x' })).toThrow(UnusableRecordError);
  });
});

describe('normalizeProduct spot checks (verified by hand against the raw records)', () => {
  it('dump, schema 1003: Bovetti hazelnut spread 0000101209159', () => {
    const p = find('off-dump-2026-sample100.jsonl', '0000101209159');
    expect(p).toMatchObject({
      sourceShape: 'dump-1003',
      name: 'Véritable pâte à tartiner noisettes chocolat noir',
      brands: ['Bovetti'],
      quantity: '350 g',
      nutrientsPer100g: {
        energyKj: 2524,
        energyKcal: 617,
        fat: 48,
        saturatedFat: 10,
        sugars: 32,
        proteins: 8,
        salt: 0.01,
        fiber: null,
      },
      nutriScore: { grade: 'e', score: 25, source: 'off', status: 'computable' },
      allergens: ['en:nuts'],
      labels: ['en:no-gluten', 'en:no-palm-oil'],
      imageUrl: 'https://images.openfoodfacts.org/images/products/000/010/120/9159/front_fr.4.400.jpg',
      keywords: ['veritable', 'pate', 'tartiner', 'noisettes', 'chocolat', 'noir', 'bovetti'],
      lastModified: '2026-03-25T18:05:13.000Z',
    });
    expect(p.nutrientsPer100g.sodium).toBeCloseTo(0.004, 12);
  });

  it('dump, schema 1003 with a serving: Bakers Best white bread 0000236555909', () => {
    const p = find('off-dump-2026-sample100.jsonl', '0000236555909');
    expect(p).toMatchObject({
      servingSize: '1.2 ONZ (34 g)',
      servingQuantityG: 34,
      nova: 4,
      nutrientsPer100g: { energyKj: 1077.53, energyKcal: 235, carbohydrates: 50, salt: 1.25, sodium: 0.5 },
      nutriScore: { grade: 'c', score: 7, source: 'off' },
    });
    expect(p.nutrientsPerServing?.carbohydrates).toBeCloseTo(17, 10);
    expect(p.nutrientsPerServing?.energyKcal).toBeCloseTo(79.9, 10);
  });

  it('CSV row: Coop peanut butter 0000128884525', () => {
    const p = find('off-csv-2026-random1000.jsonl', '0000128884525');
    expect(p).toMatchObject({
      sourceShape: 'csv',
      name: 'Coop peanut butter',
      brands: ['Coop'],
      nova: 3,
      diet: { vegan: null, vegetarian: null, palmOilFree: false },
      nutriScore: { grade: null, source: 'off', status: 'missing-data', computed: null },
      completeness: 0.4625,
      lastModified: '2024-10-04T09:27:06.000Z',
    });
    expect(p.categories).toContain('en:peanut-butters');
    expect(p.nutrientsPer100g.energyKj).toBeNull(); // legacy product: the 2026 CSV leaves its nutrients empty
  });

  it('API 2020: Monoprix sparkling mineral water 3248652962117', () => {
    const p = find('off-api-2020-fr41.jsonl', '3248652962117');
    expect(p).toMatchObject({
      sourceShape: 'api',
      name: 'Eau gazeuse minérale naturelle, Puits St Georges',
      quantity: '1,25 L',
      servingSize: '1 L',
      servingQuantityG: 1000,
      popularity: 8,
      completeness: 0.9,
      nutriScore: { grade: 'a', score: 0, source: 'computed' },
      labels: ['en:green-dot'],
    });
    expect(p.nutrientsPerServing?.energyKj).toBe(0);
  });

  it('API 2017: Fanta Orange 5449000011527 (string numbers, 5 % vol alcohol typo flagged)', () => {
    const p = find('off-api-2017-53.jsonl', '5449000011527');
    expect(p).toMatchObject({
      name: 'Fanta Orange',
      quantity: '33 cl',
      servingQuantityG: 330,
      nutrientsPer100g: { energyKj: 113, carbohydrates: 6.5, sugars: 6.5 },
      nutriScore: { source: 'computed', grade: 'e' },
    });
    expect(p.nutrientsPer100g.energyKcal).toBeCloseTo(113 / 4.184, 10);
    expect(p.dataQuality.warnings).toContain('energy-inconsistent-with-macros');
  });

  it("API 2017: OFF's own test code 1234567891011 is kept but flagged", () => {
    const p = find('off-api-2017-53.jsonl', '1234567891011');
    expect(p.codeFormat).toBe('EAN-13');
    expect(p.dataQuality.warnings).toContain('check-digit-invalid');
  });
});
