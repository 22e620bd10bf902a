import { energyTarget, isUnsafeRate, safetyFloorKcal, trainingDaySplit } from './energy-target.formulas';
import { fibreTargetG, macroTargets } from './macro-target.formulas';

describe('energy target and safety floor', () => {
  const base = { bmrKcal: 1400, weightKg: 70 };

  it('subtracts rate × 7,700 / 7 from TDEE when losing 0.5 kg/week (−550 kcal)', () => {
    const r = energyTarget({ ...base, tdeeKcal: 2400, direction: 'lose', rateKgPerWeek: 0.5 });
    expect(r.kcal).toBeCloseTo(1850, 6);
    expect(r.warnings).toEqual([]);
  });

  it('adds the surplus when gaining', () => {
    expect(
      energyTarget({ ...base, tdeeKcal: 2400, direction: 'gain', rateKgPerWeek: 0.25 }).kcal,
    ).toBeCloseTo(2675, 6);
  });

  it('floor is max(BMR × 1.0, 1,200): BMR 1,100 → 1,200; BMR 1,400 → 1,400', () => {
    expect(safetyFloorKcal(1100)).toBe(1200);
    expect(safetyFloorKcal(1400)).toBe(1400);
    expect(safetyFloorKcal(1200)).toBe(1200);
  });

  it('a target exactly at the floor is kept without a warning', () => {
    // 1,950 − 550 = 1,400 = BMR
    const r = energyTarget({ ...base, tdeeKcal: 1950, direction: 'lose', rateKgPerWeek: 0.5 });
    expect(r.kcal).toBeCloseTo(1400, 6);
    expect(r.warnings).not.toContain('floor-applied');
  });

  it('one kcal below the floor is clamped to the floor with a warning', () => {
    const r = energyTarget({ ...base, tdeeKcal: 1949, direction: 'lose', rateKgPerWeek: 0.5 });
    expect(r.kcal).toBe(1400);
    expect(r.warnings).toContain('floor-applied');
  });

  it('uses the 1,200 kcal absolute floor when BMR is lower', () => {
    const r = energyTarget({
      bmrKcal: 1050,
      weightKg: 50,
      tdeeKcal: 1500,
      direction: 'lose',
      rateKgPerWeek: 0.5,
    });
    expect(r.kcal).toBe(1200);
  });

  it('only an explicit coach override goes below the floor, and it is flagged', () => {
    const r = energyTarget({
      ...base,
      tdeeKcal: 2000,
      direction: 'lose',
      rateKgPerWeek: 0.5,
      coachOverrideKcal: 1100,
    });
    expect(r.kcal).toBe(1100);
    expect(r.warnings).toContain('below-floor-coach-override');
  });

  it('warns when the requested rate is unsafe (> 1 % of body weight per week, > 0.5 kg/week gain)', () => {
    expect(isUnsafeRate('lose', 0.7, 70)).toBe(false);
    expect(isUnsafeRate('lose', 0.71, 70)).toBe(true);
    expect(isUnsafeRate('lose', 1.1, 150)).toBe(true);
    expect(isUnsafeRate('gain', 0.5, 70)).toBe(false);
    expect(isUnsafeRate('gain', 0.6, 70)).toBe(true);
    expect(energyTarget({ ...base, tdeeKcal: 3000, direction: 'lose', rateKgPerWeek: 1 }).warnings).toContain(
      'rate-unsafe',
    );
  });

  it('training/rest split keeps the weekly average and respects the floor', () => {
    const { trainingDayKcal, restDayKcal } = trainingDaySplit(2000, 3, 10, 1200);
    expect(trainingDayKcal).toBeCloseTo(2200, 6);
    expect((3 * trainingDayKcal + 4 * restDayKcal) / 7).toBeCloseTo(2000, 6);
    expect(trainingDaySplit(1250, 6, 30, 1200).restDayKcal).toBe(1200);
  });
});

describe('macro targets', () => {
  it('protein g/kg, fat %, carbohydrates take the remainder', () => {
    const m = macroTargets(2000, 70, {
      protein: { mode: 'g_per_kg', value: 1.6 },
      fat: { mode: 'percent', value: 30 },
    });
    expect(m.proteinG).toBeCloseTo(112, 6);
    expect(m.fatG).toBeCloseTo(66.667, 3);
    expect(m.carbohydratesG).toBeCloseTo((2000 - 448 - 600) / 4, 6);
  });

  it('explicit grams are used as given and carbohydrates never go negative', () => {
    const m = macroTargets(1200, 100, {
      protein: { mode: 'g_per_kg', value: 2.5 },
      fat: { mode: 'grams', value: 60 },
    });
    expect(m.fatG).toBe(60);
    expect(m.carbohydratesG).toBe(0);
  });

  it('fibre is 14 g per 1,000 kcal (IOM 2005)', () => {
    expect(fibreTargetG(2000)).toBe(28);
  });
});
