import {
  KJ_PER_KCAL,
  energyFromMacrosKj,
  kcalToKj,
  kjToKcal,
  per100gToServing,
  parseQuantity,
  quantityToGrams,
  roundTo,
  saltFromSodium,
  scaleToServing,
  servingToPer100g,
  sodiumFromSalt,
} from './index';

describe('energy', () => {
  it('uses 1 kcal = 4.184 kJ both ways', () => {
    expect(KJ_PER_KCAL).toBe(4.184);
    expect(kcalToKj(100)).toBeCloseTo(418.4, 10);
    expect(kjToKcal(418.4)).toBeCloseTo(100, 10);
    expect(kjToKcal(kcalToKj(537))).toBeCloseTo(537, 10);
    expect(kcalToKj(0)).toBe(0);
  });

  it('computes energy from macros with EU factors and refuses partial data', () => {
    // 10 g fat, 50 g carbs, 5 g protein, 3 g fiber = 370 + 850 + 85 + 24
    expect(energyFromMacrosKj({ fat: 10, carbohydrates: 50, proteins: 5, fiber: 3 })).toBe(1329);
    expect(energyFromMacrosKj({ fat: 10, carbohydrates: 50, proteins: 5 })).toBe(1305);
    expect(energyFromMacrosKj({ fat: null, carbohydrates: 50, proteins: 5 })).toBeNull();
  });
});

describe('salt and sodium', () => {
  it('salt = sodium × 2.5', () => {
    expect(saltFromSodium(0.4)).toBeCloseTo(1, 12);
    expect(sodiumFromSalt(1)).toBeCloseTo(0.4, 12);
    expect(saltFromSodium(sodiumFromSalt(1.337))).toBeCloseTo(1.337, 12);
  });
});

describe('serving scaling', () => {
  it('scales per 100 g to a serving and back', () => {
    expect(per100gToServing(20, 30)).toBeCloseTo(6, 12);
    expect(servingToPer100g(6, 30)).toBeCloseTo(20, 12);
    expect(() => servingToPer100g(6, 0)).toThrow(RangeError);
  });

  it('keeps unknown values unknown', () => {
    expect(scaleToServing({ fat: 10, sugars: null }, 250)).toEqual({ fat: 25, sugars: null });
  });

  it('rounds half away from zero for display', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(2.5, 0)).toBe(3);
  });
});

describe('parseQuantity', () => {
  it.each([
    ['100 g', 100, 'g'],
    ['950 g', 950, 'g'],
    ['1,5 kg', 1500, 'g'],
    ['330 ml', 330, 'ml'],
    ['0,33 L', 330, 'ml'],
    ['0,75l Glasmehrweg', 750, 'ml'],
    ['25cl', 250, 'ml'],
    ['1/3 cup (57 g)', 57, 'g'],
    ['2 ONZ (57 g)', 57, 'g'],
    ['6 x 25 cl', 1500, 'ml'],
    ['500 mg', 0.5, 'g'],
  ] as const)('%s -> %d %s', (text, value, unit) => {
    const parsed = parseQuantity(text);
    expect(parsed?.unit).toBe(unit);
    expect(parsed?.value).toBeCloseTo(value, 6);
  });

  it('converts imperial units', () => {
    expect(quantityToGrams('1.5 oz')).toBeCloseTo(42.524, 3);
    expect(parseQuantity('12 fl oz')).toEqual({ value: expect.closeTo(354.88, 2), unit: 'ml' });
  });

  it('returns null for text without an amount', () => {
    expect(parseQuantity('1 portion')).toBeNull();
    expect(parseQuantity('')).toBeNull();
    expect(parseQuantity(null)).toBeNull();
    expect(parseQuantity('0 g')).toBeNull();
    expect(parseQuantity('3 grains')).toBeNull();
  });
});
