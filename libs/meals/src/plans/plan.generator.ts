import type { MealSlot } from '../diary/diary-entry.entity';
import { Nutrients, roundNutrients, scaleNutrients, sumNutrients } from '../foods/nutrients';
import { normalizeAllergens } from '../preferences/allergens';
import { solvePortions } from './plan.solver';
import { PlanRole, PlanSlot, REFERENCE_FOODS, ReferenceFood } from './reference-foods';

export const DIET_TYPES = ['omnivore', 'vegetarian', 'vegan', 'pescatarian'] as const;
export type DietType = (typeof DIET_TYPES)[number];

export interface PlanPreferences {
  dietType: DietType;
  /** OFF allergen tags ("en:nuts") or bare names ("nuts"). */
  excludeAllergens: string[];
  /** Food keys or name fragments the user does not want. */
  dislikedFoods: string[];
  mealsPerDay: 3 | 4 | 5;
}

export interface PlanTargets {
  energyKcal: number;
  proteinG: number;
  carbohydratesG: number;
  fatG: number;
}

export interface PlanItem {
  foodKey: string;
  name: string;
  grams: number;
  nutrients: Nutrients;
}

export interface PlanMeal {
  slot: MealSlot;
  name: string;
  items: PlanItem[];
  totals: Nutrients;
}

export interface PlanDeviation {
  energy: number;
  protein: number;
  carbohydrates: number;
  fat: number;
}

export interface PlanDay {
  date: string;
  meals: PlanMeal[];
  totals: Nutrients;
  /** Signed relative deviation from the targets (0.03 = +3 %). */
  deviation: PlanDeviation;
}

export const ENERGY_TOLERANCE = 0.05;
export const MACRO_TOLERANCE = 0.1;

export class PlanInfeasibleError extends Error {}

const ALLOWED_ORIGINS: Record<DietType, ReadonlySet<string>> = {
  omnivore: new Set(['plant', 'dairy', 'egg', 'fish', 'meat']),
  pescatarian: new Set(['plant', 'dairy', 'egg', 'fish']),
  vegetarian: new Set(['plant', 'dairy', 'egg']),
  vegan: new Set(['plant']),
};

interface MealTemplate {
  slot: MealSlot;
  name: string;
  planSlot: PlanSlot;
  roles: PlanRole[];
}

const TEMPLATES: Record<3 | 4 | 5, MealTemplate[]> = {
  3: [
    {
      slot: 'breakfast',
      name: 'Breakfast',
      planSlot: 'breakfast',
      roles: ['protein', 'carb', 'fruit', 'fat'],
    },
    { slot: 'lunch', name: 'Lunch', planSlot: 'main', roles: ['protein', 'carb', 'veg', 'veg', 'fat'] },
    { slot: 'dinner', name: 'Dinner', planSlot: 'main', roles: ['protein', 'carb', 'veg', 'fat'] },
  ],
  4: [],
  5: [],
};
TEMPLATES[4] = [
  ...TEMPLATES[3],
  { slot: 'snacks', name: 'Snack', planSlot: 'snack', roles: ['protein', 'fruit'] },
];
TEMPLATES[5] = [
  ...TEMPLATES[4],
  { slot: 'snacks', name: 'Afternoon snack', planSlot: 'snack', roles: ['fruit', 'fat'] },
];

/** Foods the preferences allow: diet, allergens (never relaxed) and dislikes. */
export function allowedFoods(
  prefs: PlanPreferences,
  foods: readonly ReferenceFood[] = REFERENCE_FOODS,
): ReferenceFood[] {
  // "peanut", "Peanuts", "cacahuetes" and "en:peanuts" all exclude the same foods.
  const excluded = new Set(normalizeAllergens(prefs.excludeAllergens));
  const dislikes = prefs.dislikedFoods.map((d) => d.trim().toLowerCase()).filter(Boolean);
  return foods.filter(
    (f) =>
      ALLOWED_ORIGINS[prefs.dietType].has(f.origin) &&
      !f.allergens.some((a) => excluded.has(a)) &&
      !dislikes.some((d) => f.key === d || f.name.toLowerCase().includes(d)),
  );
}

/** Deterministic PRNG (mulberry32) so a seed reproduces a plan. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function deviation(totals: Nutrients, t: PlanTargets): PlanDeviation {
  return {
    energy: totals.energyKcal / t.energyKcal - 1,
    protein: totals.proteinG / t.proteinG - 1,
    carbohydrates: totals.carbohydratesG / t.carbohydratesG - 1,
    fat: totals.fatG / t.fatG - 1,
  };
}

export function withinTolerance(d: PlanDeviation): boolean {
  return (
    Math.abs(d.energy) <= ENERGY_TOLERANCE &&
    Math.abs(d.protein) <= MACRO_TOLERANCE &&
    Math.abs(d.carbohydrates) <= MACRO_TOLERANCE &&
    Math.abs(d.fat) <= MACRO_TOLERANCE
  );
}

function pick<T>(list: T[], rnd: () => number, avoid: Set<T>): T | undefined {
  const fresh = list.filter((x) => !avoid.has(x));
  const pool = fresh.length ? fresh : list;
  return pool[Math.floor(rnd() * pool.length)];
}

/** Chooses foods for each meal role, preferring ones not yet used that day. */
function chooseDay(
  templates: MealTemplate[],
  foods: ReferenceFood[],
  rnd: () => number,
): { template: MealTemplate; foods: ReferenceFood[] }[] {
  const used = new Set<ReferenceFood>();
  return templates.map((template) => {
    const chosen: ReferenceFood[] = [];
    for (const role of template.roles) {
      const candidates = foods.filter(
        (f) => f.role === role && f.slots.includes(template.planSlot) && !chosen.includes(f),
      );
      const food = pick(candidates, rnd, used);
      if (food) {
        chosen.push(food);
        used.add(food);
      }
    }
    return { template, foods: chosen };
  });
}

function signature(day: PlanDay): string {
  return day.meals
    .map((m) =>
      m.items
        .map((i) => i.foodKey)
        .sort()
        .join('+'),
    )
    .join('|');
}

/**
 * A week of days, each within ±5 % energy and ±10 % of every macro, built only from allowed
 * foods, with no two identical days. Throws PlanInfeasibleError when the preferences leave no
 * combination that fits (e.g. a vegan, soy-free plan with a very high protein target).
 */
export function generateWeek(
  targets: PlanTargets,
  prefs: PlanPreferences,
  dates: string[],
  seed: number,
  foods?: readonly ReferenceFood[],
): PlanDay[] {
  const allowed = allowedFoods(prefs, foods);
  const templates = TEMPLATES[prefs.mealsPerDay];
  const rnd = prng(seed);
  const target: [number, number, number, number] = [
    targets.energyKcal,
    targets.proteinG,
    targets.carbohydratesG,
    targets.fatG,
  ];
  const days: PlanDay[] = [];
  const seen = new Set<string>();
  for (const date of dates) {
    let best: PlanDay | null = null;
    let bestScore = Infinity;
    for (let attempt = 0; attempt < 80; attempt++) {
      const choice = chooseDay(templates, allowed, rnd);
      const flat = choice.flatMap((c) => c.foods);
      if (!flat.some((f) => f.role === 'protein')) continue;
      const grams = solvePortions(
        flat.map((f) => ({
          perGram: [
            f.per100.energyKcal / 100,
            f.per100.proteinG / 100,
            f.per100.carbohydratesG / 100,
            f.per100.fatG / 100,
          ],
          min: f.min,
          max: f.max,
          usual: f.usual,
          step: f.role === 'fat' || f.max <= 80 ? 1 : 5,
        })),
        target,
      );
      let i = 0;
      const meals: PlanMeal[] = choice.map(({ template, foods: mealFoods }) => {
        const items = mealFoods.map((f) => {
          const g = grams[i++];
          return {
            foodKey: f.key,
            name: f.name,
            grams: g,
            nutrients: roundNutrients(scaleNutrients(f.per100, g / 100)),
          };
        });
        return {
          slot: template.slot,
          name: template.name,
          items,
          totals: roundNutrients(sumNutrients(items.map((it) => it.nutrients))),
        };
      });
      const totals = roundNutrients(sumNutrients(meals.map((m) => m.totals)));
      const day: PlanDay = { date, meals, totals, deviation: deviation(totals, targets) };
      const d = day.deviation;
      const score = Math.max(
        Math.abs(d.energy) / ENERGY_TOLERANCE,
        Math.abs(d.protein) / MACRO_TOLERANCE,
        Math.abs(d.carbohydrates) / MACRO_TOLERANCE,
        Math.abs(d.fat) / MACRO_TOLERANCE,
      );
      if (seen.has(signature(day))) continue;
      if (score < bestScore) {
        best = day;
        bestScore = score;
      }
      if (score <= 0.8) break;
    }
    if (!best || !withinTolerance(best.deviation)) {
      throw new PlanInfeasibleError(
        `No combination of allowed foods meets the targets on ${date}; relax the exclusions or the macro targets.`,
      );
    }
    seen.add(signature(best));
    days.push(best);
  }
  return days;
}
