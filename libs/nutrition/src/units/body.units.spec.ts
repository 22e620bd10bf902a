import {
  cmToFeetInches,
  cmToIn,
  displayUnit,
  feetInchesToCm,
  fromDisplay,
  inToCm,
  kgToLb,
  lbToKg,
  metresToMiles,
  milesToMetres,
  toDisplay,
} from './index';

describe('weight: lb ↔ kg', () => {
  it('uses the international pound (0.45359237 kg)', () => {
    expect(lbToKg(1)).toBe(0.45359237);
    expect(lbToKg(180)).toBeCloseTo(81.6466266, 6);
    expect(Math.round(lbToKg(180) * 10) / 10).toBe(81.6);
    expect(kgToLb(100)).toBeCloseTo(220.462262, 5);
    expect(kgToLb(0)).toBe(0);
  });

  it('round-trips to the same shown tenth of a pound', () => {
    for (let lb = 44; lb <= 1100; lb += 0.7) {
      const kg = Math.round(lbToKg(lb) * 1000) / 1000; // what the web sends: to the gram
      expect(Math.round(kgToLb(kg) * 10) / 10).toBeCloseTo(Math.round(lb * 10) / 10, 6);
    }
  });
});

describe('length: in ↔ cm, ft + in', () => {
  it('uses 2.54 cm per inch', () => {
    expect(inToCm(1)).toBe(2.54);
    expect(cmToIn(2.54)).toBe(1);
    expect(inToCm(32)).toBeCloseTo(81.28, 10);
  });

  it('splits a height into feet and inches, never showing 12 inches', () => {
    expect(cmToFeetInches(177.8)).toEqual({ feet: 5, inches: 10 });
    expect(cmToFeetInches(182.88)).toEqual({ feet: 6, inches: 0 });
    // 71.97 in rounds to 72: 6 ft 0 in, not 5 ft 12 in.
    expect(cmToFeetInches(182.8)).toEqual({ feet: 6, inches: 0 });
    expect(cmToFeetInches(179.07, 1)).toEqual({ feet: 5, inches: 10.5 });
    expect(cmToFeetInches(0)).toEqual({ feet: 0, inches: 0 });
    expect(() => cmToFeetInches(-1)).toThrow(RangeError);
    expect(() => cmToFeetInches(Number.NaN)).toThrow(RangeError);
  });

  it('joins feet and inches back to centimetres', () => {
    expect(feetInchesToCm({ feet: 5, inches: 10 })).toBeCloseTo(177.8, 10);
    expect(feetInchesToCm({ feet: 6, inches: 0 })).toBeCloseTo(182.88, 10);
    expect(feetInchesToCm({ feet: 0, inches: 66 })).toBeCloseTo(167.64, 10);
    for (let cm = 50; cm <= 272; cm += 0.5) {
      const { feet, inches } = cmToFeetInches(cm, 1);
      expect(Math.abs(feetInchesToCm({ feet, inches }) - cm)).toBeLessThanOrEqual(0.05 * 2.54 + 1e-9);
    }
  });
});

describe('distance: mi ↔ m', () => {
  it('uses the international mile (1609.344 m)', () => {
    expect(milesToMetres(1)).toBe(1609.344);
    expect(metresToMiles(42_195)).toBeCloseTo(26.2188, 4);
  });
});

describe('per unit system', () => {
  it('names the unit each quantity is shown in', () => {
    expect([displayUnit('weight', 'metric'), displayUnit('weight', 'imperial')]).toEqual(['kg', 'lb']);
    expect([displayUnit('length', 'metric'), displayUnit('length', 'imperial')]).toEqual(['cm', 'in']);
    expect([displayUnit('distance', 'metric'), displayUnit('distance', 'imperial')]).toEqual(['km', 'mi']);
  });

  it('converts stored metric values to what is shown and back', () => {
    expect(toDisplay('weight', 81.6466266, 'imperial')).toBeCloseTo(180, 6);
    expect(toDisplay('weight', 70, 'metric')).toBe(70);
    expect(toDisplay('length', 81.28, 'imperial')).toBeCloseTo(32, 10);
    expect(toDisplay('length', 81.28, 'metric')).toBe(81.28);
    expect(toDisplay('distance', 5000, 'metric')).toBe(5);
    expect(toDisplay('distance', 1609.344, 'imperial')).toBe(1);
    expect(fromDisplay('weight', 180, 'imperial')).toBeCloseTo(81.6466266, 6);
    expect(fromDisplay('weight', 70, 'metric')).toBe(70);
    expect(fromDisplay('length', 32, 'imperial')).toBeCloseTo(81.28, 10);
    expect(fromDisplay('length', 80, 'metric')).toBe(80);
    expect(fromDisplay('distance', 5, 'metric')).toBe(5000);
    expect(fromDisplay('distance', 3.1, 'imperial')).toBeCloseTo(4988.9664, 6);
    for (const q of ['weight', 'length', 'distance'] as const)
      for (const s of ['metric', 'imperial'] as const)
        expect(fromDisplay(q, toDisplay(q, 123.4, s), s)).toBeCloseTo(123.4, 9);
  });
});
