import { computeNutriScore2023 } from './nutri-score.calculator';
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

// Independent transcription of the 2022 (foods) / 2023 (beverages) tables, used to check
// every boundary: a value equal to the k-th threshold scores k-1, just above it scores k.
const TABLES: readonly {
  id: NutriScoreComponentId;
  field: keyof NutriScoreNutrients;
  flags: NutriScoreFlags;
  thresholds: readonly number[];
  step: number;
}[] = [
  {
    id: 'energy',
    field: 'energyKj',
    flags: FOOD,
    thresholds: [335, 670, 1005, 1340, 1675, 2010, 2345, 2680, 3015, 3350],
    step: 0.01,
  },
  {
    id: 'energy',
    field: 'energyKj',
    flags: BEVERAGE,
    thresholds: [30, 90, 150, 210, 240, 270, 300, 330, 360, 390],
    step: 0.01,
  },
  {
    id: 'sugars',
    field: 'sugars',
    flags: FOOD,
    thresholds: [3.4, 6.8, 10, 14, 17, 20, 24, 27, 31, 34, 37, 41, 44, 48, 51],
    step: 0.001,
  },
  {
    id: 'sugars',
    field: 'sugars',
    flags: BEVERAGE,
    thresholds: [0.5, 2, 3.5, 5, 6, 7, 8, 9, 10, 11],
    step: 0.001,
  },
  {
    id: 'saturated_fat',
    field: 'saturatedFat',
    flags: FOOD,
    thresholds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    step: 0.001,
  },
  {
    id: 'salt',
    field: 'salt',
    flags: FOOD,
    thresholds: [0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.4, 2.6, 2.8, 3, 3.2, 3.4, 3.6, 3.8, 4],
    step: 0.0001,
  },
  {
    id: 'salt',
    field: 'salt',
    flags: BEVERAGE,
    thresholds: [0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.4, 2.6, 2.8, 3, 3.2, 3.4, 3.6, 3.8, 4],
    step: 0.0001,
  },
  { id: 'fiber', field: 'fiber', flags: FOOD, thresholds: [3.0, 4.1, 5.2, 6.3, 7.4], step: 0.001 },
  {
    id: 'proteins',
    field: 'proteins',
    flags: FOOD,
    thresholds: [2.4, 4.8, 7.2, 9.6, 12, 14, 17],
    step: 0.001,
  },
  {
    id: 'proteins',
    field: 'proteins',
    flags: BEVERAGE,
    thresholds: [1.2, 1.5, 1.8, 2.1, 2.4, 2.7, 3.0],
    step: 0.001,
  },
];

describe('point tables: every boundary', () => {
  for (const table of TABLES) {
    const label = `${table.id} (${table.flags.isBeverage ? 'beverages' : 'foods'})`;
    it(`${label}: max ${table.thresholds.length} points`, () => {
      const top = table.thresholds[table.thresholds.length - 1] as number;
      const result = score({ [table.field]: top * 10 }, table.flags);
      expect(points(result, table.id)).toBe(table.thresholds.length);
      const component = [...result.components.negative, ...result.components.positive].find(
        (c) => c.id === table.id,
      );
      expect(component?.pointsMax).toBe(table.thresholds.length);
    });
    table.thresholds.forEach((threshold, index) => {
      it(`${label}: ${threshold} -> ${index}, ${threshold}+ -> ${index + 1}`, () => {
        expect(points(score({ [table.field]: threshold }, table.flags), table.id)).toBe(index);
        expect(points(score({ [table.field]: threshold + table.step }, table.flags), table.id)).toBe(
          index + 1,
        );
      });
    });
  }

  it('energy from saturates (fats): 37 kJ per g, boundaries at 120 kJ steps', () => {
    const thresholds = [120, 240, 360, 480, 600, 720, 840, 960, 1080, 1200];
    thresholds.forEach((kj, index) => {
      // fat = 100 keeps the ratio component out of the way
      expect(points(score({ saturatedFat: kj / 37, fat: 100 }, FATS), 'energy_from_saturated_fat')).toBe(
        index,
      );
      expect(
        points(score({ saturatedFat: kj / 37 + 0.001, fat: 100 }, FATS), 'energy_from_saturated_fat'),
      ).toBe(index + 1);
    });
  });

  it('saturated fat ratio (fats): scores at >= each threshold', () => {
    const thresholds = [10, 16, 22, 28, 34, 40, 46, 52, 58, 64];
    thresholds.forEach((ratio, index) => {
      expect(points(score({ saturatedFat: ratio, fat: 100 }, FATS), 'saturated_fat_ratio')).toBe(index + 1);
      expect(points(score({ saturatedFat: ratio - 0.1, fat: 100 }, FATS), 'saturated_fat_ratio')).toBe(index);
    });
  });

  it('fruits/vegetables/legumes (foods): 40 -> 0, >40 -> 1, >60 -> 2, >80 -> 5', () => {
    const cases: [number, number][] = [
      [40, 0],
      [40.1, 1],
      [60, 1],
      [60.1, 2],
      [80, 2],
      [80.1, 5],
      [100, 5],
    ];
    for (const [value, expected] of cases) {
      expect(points(score({ fruitsVegetablesLegumes: value }), 'fruits_vegetables_legumes')).toBe(expected);
    }
  });

  it('fruits/vegetables/legumes (beverages): >40 -> 2, >60 -> 4, >80 -> 6', () => {
    const cases: [number, number][] = [
      [40, 0],
      [40.1, 2],
      [60, 2],
      [60.1, 4],
      [80, 4],
      [80.1, 6],
    ];
    for (const [value, expected] of cases) {
      expect(points(score({ fruitsVegetablesLegumes: value }, BEVERAGE), 'fruits_vegetables_legumes')).toBe(
        expected,
      );
    }
  });
});
