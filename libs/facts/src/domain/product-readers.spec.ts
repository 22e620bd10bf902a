import { classifyRecord } from './product-code.classifier';
import { detectShape, imageFolder, readImageUrl, readLastModified } from './product-meta.reader';
import { nutritionWarnings } from './product-quality.checker';
import { readDiet, readNova, readTaxonomy } from './product-tags.reader';
import { resolveBrands, resolveName, resolveServingQuantityG } from './product-text.reader';
import { foldText, keywordsOf } from './text-folding.util';
import type { NutrientValues } from './normalized-product.types';

describe('classifyRecord', () => {
  it.each([
    [{ code: '3017620422003' }, { code: '3017620422003', format: 'EAN-13', checkDigitValid: true }],
    [{ _id: '96385074' }, { code: '96385074', format: 'EAN-8' }],
    [{ code: 96385074 }, { code: '96385074' }],
    [{ code: ' 3017620422003 ' }, { code: '3017620422003' }],
  ] as const)('accepts %j', (raw, expected) => {
    expect(classifyRecord(raw)).toMatchObject(expected);
  });

  it.each([
    [null, 'not an object'],
    [[], 'not an object'],
    [{}, 'no usable code'],
    [{ code: '' }, 'no usable code'],
    [{ code: 'abc123456789' }, 'code is not numeric'],
    [{ code: '1234567' }, 'code too short (fewer than 8 digits)'],
    [{ code: '1'.repeat(25) }, 'code too long (more than 24 digits)'],
  ] as const)('rejects %j', (raw, reason) => {
    expect(classifyRecord(raw)).toEqual({ reject: reason });
  });
});

describe('text', () => {
  it('folds accents and special letters', () => {
    expect(foldText('Pâté Crème Brûlée')).toBe('pate creme brulee');
    expect(foldText('Straße Œuf Ærø Łódź')).toBe('strasse oeuf aero lodz');
  });

  it('builds unique keywords from name and brands', () => {
    expect(keywordsOf('Pâte à tartiner', 'Nutella', 'Ferrero, Nutella')).toEqual([
      'pate',
      'tartiner',
      'nutella',
      'ferrero',
    ]);
    expect(keywordsOf('Lait 1/2 écrémé', null)).toEqual(['lait', 'ecreme']);
    expect(keywordsOf('茶 green tea')).toEqual(['茶', 'green', 'tea']);
  });

  it('resolves the name in the requested language, then lc, then plain and generic names', () => {
    const record = {
      lc: 'fr',
      product_name: 'Plain',
      product_name_fr: 'Nom',
      product_name_en: 'Name',
      generic_name: 'Generic',
    };
    expect(resolveName(record, 'en')).toBe('Name');
    expect(resolveName(record, 'de')).toBe('Nom');
    expect(resolveName(record)).toBe('Nom');
    expect(resolveName({ product_name: '  ', generic_name_fr: 'Biscuits', lc: 'fr' })).toBe('Biscuits');
    expect(resolveName({ code: '1' })).toBeNull();
  });

  it('splits brands and de-duplicates them case-insensitively', () => {
    expect(resolveBrands({ brands: 'Ferrero, Nutella,ferrero, ' })).toEqual(['Ferrero', 'Nutella']);
    expect(resolveBrands({ brands_tags: ['xx:lidl', 'milbona'] })).toEqual(['lidl', 'milbona']);
    expect(resolveBrands({})).toEqual([]);
  });

  it('takes OFF serving quantity, else parses the serving size', () => {
    expect(resolveServingQuantityG({ serving_quantity: '57' }, '1/3 cup (57 g)')).toBe(57);
    expect(resolveServingQuantityG({ serving_quantity: 0 }, '30 g')).toBe(30);
    expect(resolveServingQuantityG({}, '1 biscuit')).toBeNull();
  });
});

describe('tags and metadata', () => {
  it('reads taxonomy tags from arrays, CSV strings or the plain field', () => {
    expect(readTaxonomy({ allergens_tags: ['en:milk'] }, 'allergens')).toEqual(['en:milk']);
    expect(readTaxonomy({ allergens: 'en:celery,en:eggs' }, 'allergens')).toEqual(['en:celery', 'en:eggs']);
    expect(readTaxonomy({ allergens: 'lait, (fr) oeufs' }, 'allergens')).toEqual([]);
  });

  it('maps ingredient analysis to tri-state diet flags', () => {
    expect(readDiet({ ingredients_analysis_tags: 'en:palm-oil-free,en:non-vegan,en:vegetarian' })).toEqual({
      vegan: false,
      vegetarian: true,
      palmOilFree: true,
    });
    expect(
      readDiet({
        ingredients_analysis_tags: [
          'en:may-contain-palm-oil',
          'en:maybe-vegan',
          'en:vegetarian-status-unknown',
        ],
      }),
    ).toEqual({
      vegan: null,
      vegetarian: null,
      palmOilFree: null,
    });
  });

  it('reads NOVA from any layout, only 1 to 4', () => {
    expect(readNova({ nova_group: '3' })).toBe(3);
    expect(readNova({ nutriments: { 'nova-group_100g': 4 } })).toBe(4);
    expect(readNova({ nova_group: 7 })).toBeNull();
    expect(readNova({})).toBeNull();
  });

  it('builds OFF image URLs from the selected front image', () => {
    expect(imageFolder('3017620422003')).toBe('301/762/042/2003');
    expect(imageFolder('96385074')).toBe('000/009/638/5074');
    const record = { images: { selected: { front: { de: { rev: '7' }, fr: { rev: 4 } } } } };
    expect(readImageUrl(record, '3017620422003', ['fr'])).toBe(
      'https://images.openfoodfacts.org/images/products/301/762/042/2003/front_fr.4.400.jpg',
    );
    expect(readImageUrl(record, '3017620422003', ['it'])).toMatch(/front_de\.7\.400\.jpg$/);
    expect(readImageUrl({ image_front_url: 'https://x.test/a.jpg' }, '1', [])).toBe('https://x.test/a.jpg');
    expect(readImageUrl({}, '1', [])).toBeNull();
  });

  it('reads timestamps and record shapes', () => {
    expect(readLastModified({ last_modified_t: '1728034026' })).toBe('2024-10-04T09:27:06.000Z');
    expect(readLastModified({ last_modified_t: 'soon' })).toBeNull();
    expect(detectShape({ code: '1', fat_100g: '1' })).toBe('csv');
    expect(detectShape({ nutriments: {}, nutrition: { aggregated_set: {} } })).toBe('dump-1003');
    expect(detectShape({ nutriments: {}, nutriscore: {} })).toBe('dump-legacy');
    expect(detectShape({ nutriments: {} })).toBe('api');
  });
});

describe('nutritionWarnings', () => {
  const base: NutrientValues = {
    energyKcal: 500,
    energyKj: 2092,
    fat: 25,
    saturatedFat: 10,
    carbohydrates: 60,
    sugars: 30,
    fiber: 3,
    proteins: 7,
    salt: 0.5,
    sodium: 0.2,
  };

  it('accepts a consistent label', () => {
    // 25×37 + 60×17 + 7×17 + 3×8 = 2088 kJ
    expect(nutritionWarnings(base, {})).toEqual([]);
  });

  it('flags negatives, values above 100 g and impossible sub-nutrients', () => {
    const warnings = nutritionWarnings({ ...base, fat: -1, sugars: 120, carbohydrates: 110 }, {});
    expect(warnings).toEqual(
      expect.arrayContaining([
        'negative-value:fat',
        'value-above-100g:sugars',
        'value-above-100g:carbohydrates',
        'saturated-fat-above-fat',
      ]),
    );
    expect(nutritionWarnings({ ...base, sugars: 61 }, {})).toEqual(['sugars-above-carbohydrates']);
  });

  it('flags energy outside ±30 % (+5 kcal) of the macros, and above 3911 kJ', () => {
    expect(nutritionWarnings({ ...base, energyKj: 2088 * 1.3 + 20 }, {})).toEqual([]);
    expect(nutritionWarnings({ ...base, energyKj: 2088 * 1.3 + 22 }, {})).toEqual([
      'energy-inconsistent-with-macros',
    ]);
    expect(nutritionWarnings({ ...base, energyKj: 2088 * 0.7 - 22 }, {})).toEqual([
      'energy-inconsistent-with-macros',
    ]);
    expect(
      nutritionWarnings(
        {
          ...base,
          fat: 100,
          saturatedFat: 10,
          carbohydrates: 0,
          sugars: 0,
          fiber: 0,
          proteins: 0,
          energyKj: 4000,
        },
        {},
      ),
    ).toEqual(['energy-above-maximum']);
  });

  it('accounts for polyols and alcohol before flagging energy', () => {
    const sweets = {
      ...base,
      fat: 0,
      saturatedFat: 0,
      carbohydrates: 95,
      sugars: 0,
      fiber: 0,
      proteins: 0,
      energyKj: 950,
    };
    expect(nutritionWarnings(sweets, {})).toEqual(['energy-inconsistent-with-macros']);
    expect(nutritionWarnings(sweets, { nutriments: { polyols_100g: 95 } })).toEqual([]);
    const beer = {
      ...base,
      fat: 0,
      saturatedFat: 0,
      carbohydrates: 3,
      sugars: 0,
      fiber: 0,
      proteins: 0.5,
      energyKj: 180,
    };
    expect(nutritionWarnings(beer, { nutriments: { alcohol_100g: 5 } })).toEqual([]);
  });

  it('flags declared kJ and kcal that disagree', () => {
    expect(nutritionWarnings(base, { 'energy-kj_100g': '2092', 'energy-kcal_100g': '500' })).toEqual([]);
    expect(nutritionWarnings(base, { 'energy-kj_100g': '2092', 'energy-kcal_100g': '2092' })).toEqual([
      'energy-kj-kcal-mismatch',
    ]);
  });
});
