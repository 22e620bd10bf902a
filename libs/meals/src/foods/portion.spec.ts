import { ProblemException } from '@welness/platform';
import { portion } from './portion';
import { ZERO_NUTRIENTS } from './nutrients';

const oats = {
  ...ZERO_NUTRIENTS,
  energyKcal: 379,
  proteinG: 13.2,
  carbohydratesG: 67.7,
  fatG: 6.5,
  fiberG: 10.1,
};
const basis = { per100: oats, servingG: 40, householdUnits: [{ name: 'cup', grams: 81 }], perItem: null };

describe('portion', () => {
  it('scales per-100 g values by grams, servings and household units', () => {
    expect(portion(basis, 50, 'g')).toMatchObject({
      grams: 50,
      nutrients: { energyKcal: 189.5, proteinG: 6.6 },
    });
    expect(portion(basis, 2, 'serving').grams).toBe(80);
    expect(portion(basis, 1, 'Cup').nutrients.energyKcal).toBeCloseTo(307, 0);
  });

  it('quick-adds multiply the typed item', () => {
    const quick = {
      per100: null,
      servingG: null,
      householdUnits: [],
      perItem: { ...ZERO_NUTRIENTS, energyKcal: 250 },
    };
    expect(portion(quick, 1.5, 'serving')).toEqual({
      grams: null,
      nutrients: { ...ZERO_NUTRIENTS, energyKcal: 375 },
    });
  });

  it('rejects an unknown unit with the units that would work', () => {
    expect(() => portion(basis, 1, 'slice')).toThrow(ProblemException);
    expect(() => portion({ ...basis, servingG: null }, 1, 'serving')).toThrow(/no serving size/);
  });
});
