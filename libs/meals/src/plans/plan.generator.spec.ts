import { macroTargets } from '@welness/nutrition';
import { DietType, PlanPreferences, allowedFoods, generateWeek, withinTolerance } from './plan.generator';
import { referenceFood } from './reference-foods';

interface Profile {
  name: string;
  kcal: number;
  weightKg: number;
  prefs: PlanPreferences;
}

const p = (
  name: string,
  kcal: number,
  weightKg: number,
  dietType: DietType,
  excludeAllergens: string[] = [],
  mealsPerDay: 3 | 4 | 5 = 4,
  dislikedFoods: string[] = [],
): Profile => ({
  name,
  kcal,
  weightKg,
  prefs: { dietType, excludeAllergens, dislikedFoods, mealsPerDay },
});

const PROFILES: Profile[] = [
  p('vegan 1,500', 1500, 60, 'vegan', [], 3),
  p('vegan 2,000', 2000, 70, 'vegan'),
  p('vegan 2,800 nut allergy', 2800, 85, 'vegan', ['en:nuts', 'en:peanuts'], 5),
  p('vegan 3,500', 3500, 100, 'vegan', [], 5),
  p('vegetarian 1,600', 1600, 62, 'vegetarian', [], 3),
  p('vegetarian 2,200 milk allergy', 2200, 72, 'vegetarian', ['en:milk'], 4),
  p('vegetarian 3,000', 3000, 90, 'vegetarian', [], 5),
  p('vegetarian 2,500 nut allergy', 2500, 80, 'vegetarian', ['nuts', 'peanuts'], 4),
  p('omnivore 1,500', 1500, 58, 'omnivore', [], 3),
  p('omnivore 1,800 milk allergy', 1800, 65, 'omnivore', ['en:milk'], 4),
  p('omnivore 2,400', 2400, 78, 'omnivore', [], 4),
  p('omnivore 3,200 nut allergy', 3200, 95, 'omnivore', ['en:nuts', 'en:peanuts'], 5),
  p('omnivore 3,500 milk + nut allergy', 3500, 105, 'omnivore', ['en:milk', 'en:nuts', 'en:peanuts'], 5),
  p('omnivore 2,000 gluten-free', 2000, 68, 'omnivore', ['en:gluten'], 4),
  p('pescatarian 1,700', 1700, 60, 'pescatarian', [], 3),
  p('pescatarian 2,600 milk allergy', 2600, 82, 'pescatarian', ['en:milk'], 4),
  p('pescatarian 3,000 crustacean allergy', 3000, 88, 'pescatarian', ['en:crustaceans'], 5),
  p('omnivore 2,100 egg allergy, dislikes broccoli', 2100, 70, 'omnivore', ['en:eggs'], 4, ['broccoli']),
  p('vegan 2,400 soy-free', 2400, 75, 'vegan', ['en:soybeans'], 4),
  p('vegetarian 1,900 egg + milk allergy', 1900, 64, 'vegetarian', ['en:eggs', 'en:milk'], 4),
];

const DATES = [
  '2026-03-02',
  '2026-03-03',
  '2026-03-04',
  '2026-03-05',
  '2026-03-06',
  '2026-03-07',
  '2026-03-08',
];

describe('diet plan generator', () => {
  it('20 profiles: every day within ±5 % energy and ±10 % per macro, no excluded allergen, no identical day', () => {
    let worst = { energy: 0, macro: 0, profile: '', day: '' };
    for (const [i, prof] of PROFILES.entries()) {
      const targets = { energyKcal: prof.kcal, ...macroTargets(prof.kcal, prof.weightKg) };
      const week = generateWeek(targets, prof.prefs, DATES, 1000 + i);
      expect(week).toHaveLength(7);
      const excluded = prof.prefs.excludeAllergens.map((a) => (a.includes(':') ? a : `en:${a}`));
      const signatures = new Set<string>();
      for (const day of week) {
        expect(
          withinTolerance(day.deviation),
          `${prof.name} ${day.date} ${JSON.stringify(day.deviation)}`,
        ).toBe(true);
        const keys = day.meals.flatMap((m) => m.items.map((it) => it.foodKey));
        for (const key of keys) {
          const food = referenceFood(key)!;
          expect(
            food.allergens.filter((a) => excluded.includes(a)),
            `${prof.name}: ${key}`,
          ).toEqual([]);
          if (prof.prefs.dietType === 'vegan') expect(food.origin).toBe('plant');
          if (prof.prefs.dietType === 'vegetarian') expect(['meat', 'fish']).not.toContain(food.origin);
          if (prof.prefs.dietType === 'pescatarian') expect(food.origin).not.toBe('meat');
        }
        signatures.add(
          day.meals
            .map((m) =>
              m.items
                .map((it) => it.foodKey)
                .sort()
                .join('+'),
            )
            .join('|'),
        );
        const d = day.deviation;
        const macro = Math.max(Math.abs(d.protein), Math.abs(d.carbohydrates), Math.abs(d.fat));
        if (Math.abs(d.energy) > Math.abs(worst.energy)) worst = { ...worst, energy: d.energy };
        if (macro > worst.macro) worst = { ...worst, macro, profile: prof.name, day: day.date };
      }
      expect(signatures.size).toBe(7);
    }
    console.log(
      `worst deviation over 20 profiles × 7 days: energy ${(worst.energy * 100).toFixed(2)} %, macro ${(worst.macro * 100).toFixed(2)} % (${worst.profile}, ${worst.day})`,
    );
  });

  it('filters foods by diet, allergens and dislikes before choosing', () => {
    const foods = allowedFoods({
      dietType: 'vegan',
      excludeAllergens: ['soybeans'],
      dislikedFoods: ['lentil'],
      mealsPerDay: 3,
    });
    expect(foods.some((f) => f.key === 'tofu' || f.key === 'lentils' || f.origin !== 'plant')).toBe(false);
  });

  it('the same seed reproduces the same plan', () => {
    const t = { energyKcal: 2000, ...macroTargets(2000, 70) };
    const prefs: PlanPreferences = {
      dietType: 'omnivore',
      excludeAllergens: [],
      dislikedFoods: [],
      mealsPerDay: 4,
    };
    expect(generateWeek(t, prefs, DATES.slice(0, 2), 7)).toEqual(
      generateWeek(t, prefs, DATES.slice(0, 2), 7),
    );
  });
});
