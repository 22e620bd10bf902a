import {
  computeNutriScore2023,
  energyFromSaturatedFatKj,
  nutriScoreGrade2023,
  saturatedFatRatio,
} from './nutri-score.calculator';
import type {
  NutriScoreComponentId,
  NutriScoreFlags,
  NutriScoreNutrients,
  NutriScoreResult,
} from './nutri-score.types';

const FOOD: NutriScoreFlags = {
  isBeverage: false,
  isWater: false,
  isCheese: false,
  isFatOilNutsSeeds: false,
  isRedMeatProduct: false,
};
const BEVERAGE: NutriScoreFlags = { ...FOOD, isBeverage: true };
const FATS: NutriScoreFlags = { ...FOOD, isFatOilNutsSeeds: true };
const CHEESE: NutriScoreFlags = { ...FOOD, isCheese: true };
const RED_MEAT: NutriScoreFlags = { ...FOOD, isRedMeatProduct: true };

const ZERO: NutriScoreNutrients = {
  energyKj: 0,
  sugars: 0,
  saturatedFat: 0,
  fat: 0,
  salt: 0,
  fiber: 0,
  proteins: 0,
  fruitsVegetablesLegumes: 0,
  nonNutritiveSweeteners: 0,
};

function score(nutrients: Partial<NutriScoreNutrients>, flags: NutriScoreFlags = FOOD): NutriScoreResult {
  return computeNutriScore2023({ nutrients: { ...ZERO, ...nutrients }, flags });
}

function points(result: NutriScoreResult, id: NutriScoreComponentId): number | undefined {
  return [...result.components.negative, ...result.components.positive].find((c) => c.id === id)?.points;
}

describe('grades', () => {
  it.each([
    [-15, 'a'],
    [0, 'a'],
    [1, 'b'],
    [2, 'b'],
    [3, 'c'],
    [10, 'c'],
    [11, 'd'],
    [18, 'd'],
    [19, 'e'],
    [40, 'e'],
  ] as const)('general food %d -> %s', (s, grade) => {
    expect(nutriScoreGrade2023(s, FOOD)).toBe(grade);
    expect(nutriScoreGrade2023(s, CHEESE)).toBe(grade);
  });

  it.each([
    [-6, 'a'],
    [-5, 'b'],
    [0, 'b'],
    [2, 'b'],
    [3, 'c'],
    [10, 'c'],
    [11, 'd'],
    [18, 'd'],
    [19, 'e'],
  ] as const)('fats, oils, nuts, seeds %d -> %s', (s, grade) => {
    expect(nutriScoreGrade2023(s, FATS)).toBe(grade);
  });

  it.each([
    [-5, 'b'],
    [2, 'b'],
    [3, 'c'],
    [6, 'c'],
    [7, 'd'],
    [9, 'd'],
    [10, 'e'],
  ] as const)('beverage %d -> %s (never A unless water)', (s, grade) => {
    expect(nutriScoreGrade2023(s, BEVERAGE)).toBe(grade);
  });

  it('water is A whatever the score, even if only isWater is set', () => {
    expect(nutriScoreGrade2023(12, { ...BEVERAGE, isWater: true })).toBe('a');
    expect(nutriScoreGrade2023(12, { ...FOOD, isWater: true })).toBe('a');
    expect(score({}, { ...BEVERAGE, isWater: true })).toMatchObject({ grade: 'a', category: 'water' });
  });
});

describe('protein counting', () => {
  // 2010.1 kJ (6) + 14.1 g sugars (4) = 10 negative points; 1 g saturated fat adds 0, 1.01 g adds 1
  const base = { energyKj: 2010.1, sugars: 14.1, proteins: 17.1 };

  it('counts proteins for general foods below 11 negative points', () => {
    const r = score({ ...base, saturatedFat: 1 });
    expect(r.negativePoints).toBe(10);
    expect(r).toMatchObject({ countProteins: true, countProteinsReason: 'negative_points_less_than_11' });
    expect(points(r, 'proteins')).toBe(7);
    expect(r.score).toBe(3);
  });

  it('drops proteins at 11 negative points or more', () => {
    const r = score({ ...base, saturatedFat: 1.01 });
    expect(r.negativePoints).toBe(11);
    expect(r).toMatchObject({
      countProteins: false,
      countProteinsReason: 'negative_points_greater_than_or_equal_to_11',
    });
    expect(r.components.positive.map((c) => c.id)).toEqual(['fiber', 'fruits_vegetables_legumes']);
    expect(r.score).toBe(11);
  });

  it('always counts proteins for cheese', () => {
    const r = score({ energyKj: 1675.1, saturatedFat: 15, salt: 1.7, proteins: 22 }, CHEESE);
    expect(r.negativePoints).toBe(5 + 10 + 8);
    expect(r).toMatchObject({
      countProteins: true,
      countProteinsReason: 'cheese',
      score: 23 - 7,
      grade: 'd',
    });
  });

  it('uses a limit of 7 negative points for fats, oils, nuts and seeds', () => {
    // 3 g sat fat of 10 g fat: 111 kJ (0) + ratio 30 % (4); salt 1.01 g (5) -> 9; salt 0.41 g -> 6
    const high = score({ saturatedFat: 3, fat: 10, salt: 1.01, proteins: 20 }, FATS);
    expect(high.negativePoints).toBe(9);
    expect(high).toMatchObject({
      countProteins: false,
      countProteinsReason: 'negative_points_greater_than_or_equal_to_7',
    });
    const low = score({ saturatedFat: 3, fat: 10, salt: 0.41, proteins: 20 }, FATS);
    expect(low.negativePoints).toBe(6);
    expect(low).toMatchObject({
      countProteins: true,
      countProteinsReason: 'negative_points_less_than_7',
      score: -1,
    });
  });

  it('always counts proteins for beverages, with the beverage table', () => {
    const r = score({ energyKj: 400, sugars: 12, proteins: 3.1 }, BEVERAGE);
    expect(r).toMatchObject({ countProteins: true, countProteinsReason: 'beverage' });
    expect(points(r, 'proteins')).toBe(7);
  });

  it('caps protein points at 2 for red meat products', () => {
    const r = score({ proteins: 20 }, RED_MEAT);
    expect(points(r, 'proteins')).toBe(2);
    expect(r.proteinsPointsLimitedReason).toBe('red_meat_product');
    expect(r.category).toBe('red_meat');
    const small = score({ proteins: 4 }, RED_MEAT);
    expect(points(small, 'proteins')).toBe(1);
    expect(small.proteinsPointsLimitedReason).toBeNull();
  });
});

describe('beverages and sweeteners', () => {
  it('adds 4 points for a beverage with non-nutritive sweeteners', () => {
    const r = score({ energyKj: 5, nonNutritiveSweeteners: 2 }, BEVERAGE);
    expect(r.components.negative.at(-1)).toEqual({
      id: 'non_nutritive_sweeteners',
      value: 2,
      unit: null,
      points: 4,
      pointsMax: 4,
    });
    expect(r).toMatchObject({ score: 4, grade: 'c', negativePointsMax: 10 + 10 + 10 + 20 + 4 });
  });

  it('has no sweetener component for foods', () => {
    const r = score({ nonNutritiveSweeteners: 3 });
    expect(r.components.negative.map((c) => c.id)).toEqual(['energy', 'sugars', 'saturated_fat', 'salt']);
    expect(r.negativePointsMax).toBe(10 + 15 + 10 + 20);
  });

  it('treats an unknown sweetener count as absence', () => {
    expect(points(score({ nonNutritiveSweeteners: null }, BEVERAGE), 'non_nutritive_sweeteners')).toBe(0);
  });
});

describe('fats, oils, nuts and seeds components', () => {
  it('swaps energy and saturated fat for energy from saturates and the ratio', () => {
    const r = score({ energyKj: 3700, saturatedFat: 7.14, fat: 100 }, FATS);
    expect(r.components.negative.map((c) => c.id)).toEqual([
      'energy_from_saturated_fat',
      'sugars',
      'saturated_fat_ratio',
      'salt',
    ]);
    expect(r.components.negative[0]?.value).toBeCloseTo(264.18, 6);
    expect(r.components.negative[2]?.value).toBe(7.1);
    expect(r).toMatchObject({ score: 2, grade: 'b', category: 'fat_oil_nuts_seeds' });
  });

  it('follows OFF guards for the ratio', () => {
    expect(saturatedFatRatio(5, 50)).toBe(10);
    expect(saturatedFatRatio(5, 0)).toBe(100);
    expect(saturatedFatRatio(5, null)).toBe(100);
    expect(saturatedFatRatio(0, 50)).toBe(0);
    expect(saturatedFatRatio(null, 0)).toBe(0);
    expect(saturatedFatRatio(null, 20)).toBeNull();
    expect(saturatedFatRatio(9.96, 100)).toBe(10); // one decimal, like OFF
    expect(energyFromSaturatedFatKj(10)).toBe(370);
    expect(energyFromSaturatedFatKj(null)).toBeNull();
  });
});

describe('unknown and unrounded values', () => {
  it('scores unknown nutrients 0 and reports them as null', () => {
    const r = score({ energyKj: null, fiber: null, fruitsVegetablesLegumes: null });
    expect(r.components.negative[0]).toMatchObject({ id: 'energy', value: null, points: 0 });
    expect(r.components.positive.find((c) => c.id === 'fiber')).toMatchObject({ value: null, points: 0 });
  });

  it('uses unrounded values (0.2025 g salt scores, 0.1975 g does not)', () => {
    expect(points(score({ salt: 0.2025 }), 'salt')).toBe(1);
    expect(points(score({ salt: 0.1975 }), 'salt')).toBe(0);
    expect(points(score({ sugars: 3.401 }), 'sugars')).toBe(1);
  });

  it('reproduces a full OFF example (chocolate hazelnut spread 0000101209159: 25, E)', () => {
    const r = score({
      energyKj: 2524,
      sugars: 32,
      saturatedFat: 10,
      fat: 35,
      salt: 0.01,
      proteins: 8,
      fiber: null,
      fruitsVegetablesLegumes: null,
    });
    expect(r).toMatchObject({
      score: 25,
      grade: 'e',
      negativePoints: 25,
      positivePoints: 0,
      countProteins: false,
    });
  });

  it('reproduces a full OFF example (fruit juice 0000651319018: -8, A)', () => {
    const r = score({
      energyKj: 187,
      sugars: 2.8,
      saturatedFat: 0,
      salt: 0.0882,
      proteins: 2.8,
      fiber: 4.23,
      fruitsVegetablesLegumes: 100,
    });
    expect(r).toMatchObject({ score: -8, grade: 'a', negativePoints: 0, positivePoints: 8 });
  });
});
