import { brzycki1Rm, epley1Rm, estimated1Rm, nextWorkingWeight } from './one-rep-max.formulas';

describe('estimated one-rep max', () => {
  it('Epley (1985): 100 kg × 10 reps → 133.3 kg', () => {
    expect(epley1Rm(100, 10)).toBeCloseTo(133.333, 3);
  });

  it('Brzycki (JOPERD 1993;64:88): 100 kg × 10 reps → 133.3 kg; 80 kg × 5 → 90.0 kg', () => {
    expect(brzycki1Rm(100, 10)).toBeCloseTo(133.333, 3);
    expect(brzycki1Rm(80, 5)).toBeCloseTo(90, 6);
  });

  it('Epley: 80 kg × 5 reps → 93.3 kg; a single is its own 1RM', () => {
    expect(epley1Rm(80, 5)).toBeCloseTo(93.333, 3);
    expect(epley1Rm(120, 1)).toBe(120);
  });

  it('switches from Brzycki to Epley above 10 reps', () => {
    expect(estimated1Rm(60, 12)).toBeCloseTo(epley1Rm(60, 12), 6);
    expect(estimated1Rm(60, 8)).toBeCloseTo(brzycki1Rm(60, 8), 6);
  });
});

describe('progression', () => {
  const sets = (reps: number[]) => reps.map((r) => ({ targetReps: 5, reps: r, weightKg: 100 }));

  it('adds the increment when every set hit its reps', () => {
    expect(nextWorkingWeight(100, sets([5, 5, 5]), { incrementKg: 2.5 })).toBe(102.5);
    expect(nextWorkingWeight(100, sets([5, 5, 5]), { incrementPercent: 5, roundToKg: 2.5 })).toBe(105);
  });

  it('repeats the weight when any set fell short', () => {
    expect(nextWorkingWeight(100, sets([5, 5, 4]), { incrementKg: 2.5 })).toBe(100);
    expect(nextWorkingWeight(100, [], { incrementKg: 2.5 })).toBe(100);
  });
});
