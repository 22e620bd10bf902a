import { rirToRpe, rpeToRir } from './effort.formulas';

describe('RPE and reps in reserve (Zourdos 2016)', () => {
  it('RPE 10 leaves no rep, RPE 8 two, RPE 7.5 two or three', () => {
    expect(rpeToRir(10)).toBe(0);
    expect(rpeToRir(8)).toBe(2);
    expect(rpeToRir(7.5)).toBe(2.5);
    expect(rirToRpe(2)).toBe(8);
    expect(rirToRpe(rpeToRir(6.5))).toBe(6.5);
  });

  it('refuses values off the scale', () => {
    expect(() => rpeToRir(11)).toThrow(RangeError);
    expect(() => rpeToRir(-1)).toThrow(RangeError);
    expect(() => rirToRpe(Number.NaN)).toThrow(RangeError);
  });
});
