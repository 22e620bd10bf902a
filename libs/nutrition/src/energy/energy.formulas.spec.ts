import { basalMetabolicRate, harrisBenedictRevised, katchMcArdle, mifflinStJeor } from './bmr.formulas';
import { iomEer, totalDailyEnergyExpenditure } from './tdee.formulas';

// Worked examples are evaluated by hand from the coefficients printed in each source.
describe('BMR formulas', () => {
  it('Mifflin-St Jeor (Mifflin et al., Am J Clin Nutr 1990;51:241): man 30 y, 80 kg, 180 cm → 1,780 kcal', () => {
    // 10·80 + 6.25·180 − 5·30 + 5 = 800 + 1125 − 150 + 5
    expect(mifflinStJeor({ sex: 'male', ageYears: 30, weightKg: 80, heightCm: 180 })).toBeCloseTo(1780, 6);
  });

  it('Mifflin-St Jeor (same source): woman 25 y, 60 kg, 165 cm → 1,345.25 kcal', () => {
    // 600 + 1031.25 − 125 − 161
    expect(mifflinStJeor({ sex: 'female', ageYears: 25, weightKg: 60, heightCm: 165 })).toBeCloseTo(
      1345.25,
      6,
    );
  });

  it('Harris-Benedict revised (Roza & Shizgal, Am J Clin Nutr 1984;40:168): man 30 y, 80 kg, 180 cm → 1,853.63 kcal', () => {
    // 88.362 + 13.397·80 + 4.799·180 − 5.677·30
    expect(harrisBenedictRevised({ sex: 'male', ageYears: 30, weightKg: 80, heightCm: 180 })).toBeCloseTo(
      1853.632,
      3,
    );
  });

  it('Harris-Benedict revised (same source): woman 25 y, 60 kg, 165 cm → 1,405.33 kcal', () => {
    // 447.593 + 9.247·60 + 3.098·165 − 4.330·25
    expect(harrisBenedictRevised({ sex: 'female', ageYears: 25, weightKg: 60, heightCm: 165 })).toBeCloseTo(
      1405.333,
      3,
    );
  });

  it('Katch-McArdle (McArdle, Katch & Katch, Exercise Physiology): 80 kg at 20 % fat → LBM 64 kg → 1,752.4 kcal', () => {
    expect(katchMcArdle(80, 20)).toBeCloseTo(1752.4, 6);
  });

  it('falls back to Mifflin-St Jeor when Katch-McArdle is asked for without a body-fat value', () => {
    const body = { sex: 'male' as const, ageYears: 30, weightKg: 80, heightCm: 180 };
    expect(basalMetabolicRate(body, { formula: 'katch-mcardle' })).toEqual({
      formula: 'mifflin-st-jeor',
      kcal: 1780,
    });
    expect(basalMetabolicRate(body, { formula: 'katch-mcardle', bodyFatPercent: 20 }).formula).toBe(
      'katch-mcardle',
    );
  });

  it('rejects impossible inputs instead of returning a number', () => {
    expect(() => mifflinStJeor({ sex: 'male', ageYears: 30, weightKg: 0, heightCm: 180 })).toThrow(
      RangeError,
    );
    expect(() => katchMcArdle(80, 90)).toThrow(RangeError);
  });
});

describe('total expenditure', () => {
  it('IOM EER (DRI for Energy 2005, adult men ≥19 y): 30 y, 70 kg, 1.77 m, active (PA 1.25) → 2,962.1 kcal', () => {
    // 662 − 9.53·30 + 1.25·(15.91·70 + 539.6·1.77)
    expect(iomEer({ sex: 'male', ageYears: 30, weightKg: 70, heightCm: 177 }, 'active')).toBeCloseTo(
      2962.09,
      2,
    );
  });

  it('IOM EER (DRI for Energy 2005, adult women ≥19 y): 30 y, 57 kg, 1.63 m, sedentary (PA 1.0) → 1,863.6 kcal', () => {
    // 354 − 6.91·30 + 1.0·(9.36·57 + 726·1.63)
    expect(iomEer({ sex: 'female', ageYears: 30, weightKg: 57, heightCm: 163 }, 'sedentary')).toBeCloseTo(
      1863.6,
      2,
    );
  });

  it('IOM EER is defined for adults only', () => {
    expect(() => iomEer({ sex: 'female', ageYears: 17, weightKg: 57, heightCm: 163 }, 'active')).toThrow(
      RangeError,
    );
  });

  it('TDEE multiplies BMR by the activity factor (moderate 1.55)', () => {
    expect(totalDailyEnergyExpenditure(1780, 'moderate')).toBeCloseTo(2759, 6);
  });
});
