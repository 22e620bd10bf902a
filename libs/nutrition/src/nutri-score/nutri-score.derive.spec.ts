import { computeNutriScore2023 } from './nutri-score.calculator';
import { deriveFruitsVegetablesLegumes, deriveNutriScoreInput } from './nutri-score.derive';
import {
  deriveNonNutritiveSweeteners,
  nutriScoreFlagsFromCategories,
  redMeatPercentFromIngredients,
} from './nutri-score.flags';

const legacy = {
  code: '3000000000001',
  categories_tags: ['en:snacks', 'en:biscuits'],
  nutriments: {
    energy_100g: 2000,
    fat_100g: 20,
    'saturated-fat_100g': 10,
    carbohydrates_100g: 60,
    sugars_100g: 30,
    fiber_100g: 3.5,
    proteins_100g: 6,
    salt_100g: 0.5,
    'fruits-vegetables-legumes-estimate-from-ingredients_100g': 12.34,
  },
};

describe('deriveNutriScoreInput: record shapes', () => {
  it('reads legacy `nutriments`', () => {
    const d = deriveNutriScoreInput(legacy);
    expect(d.status).toBe('computable');
    expect(d.flagsSource).toBe('categories');
    expect(d.fruitsVegetablesLegumesSource).toBe('off-estimate');
    expect(d.input.nutrients).toEqual({
      energyKj: 2000,
      sugars: 30,
      saturatedFat: 10,
      fat: 20,
      salt: 0.5,
      fiber: 3.5,
      proteins: 6,
      fruitsVegetablesLegumes: 12.34,
      nonNutritiveSweeteners: null,
    });
  });

  it('reads schema-1003 aggregated sets and ignores stale legacy values', () => {
    const agg = (value: number, unit = 'g') => ({ value, unit, source: 'packaging' });
    const d = deriveNutriScoreInput({
      categories_tags: ['en:snacks'],
      schema_version: 1003,
      nutriments: { sugars_100g: 99 },
      nutrition: {
        aggregated_set: {
          preparation: 'as_sold',
          per: '100g',
          nutrients: {
            energy: agg(1077.53, 'kJ'),
            fat: agg(1.47),
            'saturated-fat': agg(0),
            sugars: agg(5.88),
            salt: agg(1.25),
            fiber: agg(2.9),
            proteins: agg(8.82),
            'fruits-vegetables-legumes': { value: 0.3125, unit: '%', source: 'estimate' },
          },
        },
      },
    });
    expect(d.status).toBe('computable');
    expect(d.fruitsVegetablesLegumesSource).toBe('off-nutrition');
    expect(d.input.nutrients.sugars).toBe(5.88);
    expect(computeNutriScore2023(d.input)).toMatchObject({ score: 7, grade: 'c' });
  });

  it('reads flat CSV rows with numbers and tag lists as strings', () => {
    const d = deriveNutriScoreInput({
      code: '3000000000002',
      categories_tags: 'en:beverages,en:sodas',
      additives_tags: 'en:e330,en:e950,en:e955',
      'energy-kj_100g': '180',
      fat_100g: '0',
      carbohydrates_100g: '10.6',
      sugars_100g: '10.6',
      proteins_100g: '0',
      sodium_100g: '0.01',
    });
    expect(d.status).toBe('computable');
    expect(d.input.flags.isBeverage).toBe(true);
    expect(d.input.nutrients).toMatchObject({
      energyKj: 180,
      saturatedFat: 0,
      salt: 0.025,
      nonNutritiveSweeteners: 2,
    });
    // 180 kJ (3) + 10.6 g sugars (9) + sweeteners (4)
    expect(computeNutriScore2023(d.input)).toMatchObject({ score: 16, grade: 'e' });
  });

  it('converts kcal when no kJ value exists', () => {
    const d = deriveNutriScoreInput({
      categories_tags: ['en:snacks'],
      nutriments: { 'energy-kcal_100g': '100' },
    });
    expect(d.input.nutrients.energyKj).toBeCloseTo(418.4, 9);
  });
});

describe('deriveNutriScoreInput: availability', () => {
  it('needs a category', () => {
    expect(deriveNutriScoreInput({ ...legacy, categories_tags: [] }).status).toBe('missing-category');
  });

  it('exempts categories OFF does not grade, with OFF exceptions', () => {
    const d = deriveNutriScoreInput({
      ...legacy,
      categories_tags: ['en:beverages', 'en:alcoholic-beverages'],
    });
    expect(d).toMatchObject({ status: 'not-applicable', notApplicableCategory: 'en:alcoholic-beverages' });
    const iced = deriveNutriScoreInput({ ...legacy, categories_tags: ['en:food-additives', 'en:iced-teas'] });
    expect(iced.status).toBe('computable');
  });

  it("trusts OFF's own applicability when present", () => {
    const d = deriveNutriScoreInput({
      ...legacy,
      nutriscore: { '2023': { nutriscore_applicable: 0, not_applicable_category: 'en:honeys' } },
    });
    expect(d).toMatchObject({ status: 'not-applicable', notApplicableCategory: 'en:honeys' });
  });

  it('lists missing key nutrients, deducing zero sugars and saturated fat like OFF', () => {
    const d = deriveNutriScoreInput({
      categories_tags: ['en:snacks'],
      nutriments: { energy_100g: 100, fat_100g: 0, carbohydrates_100g: 0 },
    });
    expect(d.status).toBe('missing-data');
    expect(d.missingNutrients).toEqual(['sodium', 'proteins']);
    expect(d.input.nutrients).toMatchObject({ sugars: 0, saturatedFat: 0 });
  });

  it('grades plain spring water without a nutrition table', () => {
    const d = deriveNutriScoreInput({ categories_tags: ['en:beverages', 'en:waters', 'en:spring-waters'] });
    expect(d.status).toBe('computable');
    expect(computeNutriScore2023(d.input).grade).toBe('a');
  });

  it('asks for prepared values for products sold to be reconstituted', () => {
    const powder = {
      ...legacy,
      categories_tags: ['en:beverage-preparations', 'en:cocoa-and-chocolate-powders'],
    };
    expect(deriveNutriScoreInput(powder)).toMatchObject({ status: 'missing-data', preparation: 'prepared' });
    const prepared = {
      ...powder,
      nutriments: {
        energy_prepared_100g: 300,
        fat_prepared_100g: 1,
        'saturated-fat_prepared_100g': 0.5,
        sugars_prepared_100g: 8,
        salt_prepared_100g: 0.1,
        proteins_prepared_100g: 3,
      },
    };
    const d = deriveNutriScoreInput(prepared);
    expect(d.status).toBe('computable');
    expect(d.input.nutrients.energyKj).toBe(300);
  });
});

describe('flags from categories', () => {
  const flags = (categories_tags: string[], extra: Record<string, unknown> = {}) =>
    nutriScoreFlagsFromCategories({ categories_tags, ...extra });

  it('beverages, including milks and teas, but not soups', () => {
    expect(flags(['en:beverages', 'en:milks']).isBeverage).toBe(true);
    expect(flags(['en:beverages', 'en:teas', 'en:tea-bags']).isBeverage).toBe(true);
    expect(flags(['en:beverages', 'en:soups']).isBeverage).toBe(false);
  });

  it('milks, coffees and teas are beverages in 2023 whatever their other categories', () => {
    expect(flags(['en:dairies', 'en:milks', 'en:semi-skimmed-milks']).isBeverage).toBe(true);
    expect(flags(['en:plant-based-foods', 'en:coffees', 'en:decaffeinated-coffees']).isBeverage).toBe(true);
  });

  it('water unless flavoured', () => {
    expect(flags(['en:beverages', 'en:spring-waters']).isWater).toBe(true);
    expect(flags(['en:beverages', 'en:spring-waters', 'en:flavoured-waters']).isWater).toBe(false);
  });

  it('cheese except fromages blancs', () => {
    expect(flags(['en:dairies', 'en:cheeses']).isCheese).toBe(true);
    expect(flags(['en:cheeses', 'fr:fromages-blancs']).isCheese).toBe(false);
  });

  it('fats, oils, creams, nuts and seeds, but not chestnuts', () => {
    expect(flags(['en:fats', 'en:vegetable-oils']).isFatOilNutsSeeds).toBe(true);
    expect(flags(['en:creams']).isFatOilNutsSeeds).toBe(true);
    expect(flags(['en:nuts', 'en:almonds']).isFatOilNutsSeeds).toBe(true);
    expect(flags(['en:nuts', 'en:chestnuts']).isFatOilNutsSeeds).toBe(false);
    expect(flags(['en:spreads', 'en:cocoa-and-hazelnuts-spreads']).isFatOilNutsSeeds).toBe(false);
  });

  it('red meat from categories or more than 10 % red meat ingredients', () => {
    expect(flags(['en:meats', 'en:beef']).isRedMeatProduct).toBe(true);
    expect(flags(['en:meats', 'en:poultries']).isRedMeatProduct).toBe(false);
    const lasagne = {
      ingredients: [
        { id: 'en:pasta', percent_estimate: 40 },
        {
          id: 'en:bolognese-sauce',
          percent_estimate: 60,
          ingredients: [{ id: 'en:beef', percent_estimate: 15 }],
        },
      ],
    };
    expect(redMeatPercentFromIngredients(lasagne)).toBe(15);
    expect(flags(['en:meals'], lasagne).isRedMeatProduct).toBe(true);
    const pizza = {
      ingredients: [
        { id: 'en:ham', percent_estimate: 8 },
        { id: 'en:pork-fat', percent_estimate: 5 },
      ],
    };
    expect(flags(['en:pizzas'], pizza).isRedMeatProduct).toBe(false);
  });
});

describe('other derived inputs', () => {
  it('fruits/vegetables/legumes fall back to the OFF category table', () => {
    expect(deriveFruitsVegetablesLegumes({ categories_tags: ['en:fruit-juices'] })).toEqual({
      value: 100,
      source: 'category',
    });
    expect(deriveFruitsVegetablesLegumes({ categories_tags: ['en:vegetables', 'en:potatoes'] })).toEqual({
      value: 0,
      source: 'category',
    });
    expect(deriveFruitsVegetablesLegumes({ categories_tags: ['en:snacks'] })).toEqual({
      value: null,
      source: 'none',
    });
  });

  it('counts olive, rapeseed and walnut oils as 100 % whatever the ingredient estimate', () => {
    const oil = {
      categories_tags: ['en:fats', 'en:vegetable-oils', 'en:olive-oils'],
      nutriments: { 'fruits-vegetables-legumes-estimate-from-ingredients_100g': 0 },
    };
    expect(deriveFruitsVegetablesLegumes(oil)).toEqual({ value: 100, source: 'category' });
  });

  it('non-nutritive sweeteners from OFF analysis, else additives', () => {
    expect(deriveNonNutritiveSweeteners({ ingredients_non_nutritive_sweeteners_n: 1 })).toBe(1);
    expect(deriveNonNutritiveSweeteners({ additives_tags: ['en:e960a', 'en:e960', 'en:e420'] })).toBe(1);
    expect(deriveNonNutritiveSweeteners({ additives_tags: [] })).toBe(0);
    expect(deriveNonNutritiveSweeteners({})).toBeNull();
  });
});
