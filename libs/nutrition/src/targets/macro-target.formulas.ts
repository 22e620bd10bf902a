/** Atwater general factors, kcal per gram. */
export const KCAL_PER_GRAM = { protein: 4, carbohydrates: 4, fat: 9, alcohol: 7 } as const;

export type MacroRule =
  { mode: 'g_per_kg'; value: number } | { mode: 'percent'; value: number } | { mode: 'grams'; value: number };

export interface MacroRules {
  protein: MacroRule;
  fat: MacroRule;
  /** Omitted: carbohydrates take the energy left after protein and fat. */
  carbohydrates?: MacroRule;
}

export interface MacroTargets {
  proteinG: number;
  fatG: number;
  carbohydratesG: number;
}

export const DEFAULT_MACRO_RULES: MacroRules = {
  protein: { mode: 'g_per_kg', value: 1.6 },
  fat: { mode: 'percent', value: 30 },
};

function grams(rule: MacroRule, kcal: number, weightKg: number, kcalPerGram: number): number {
  switch (rule.mode) {
    case 'g_per_kg':
      return rule.value * weightKg;
    case 'percent':
      return (kcal * rule.value) / 100 / kcalPerGram;
    case 'grams':
      return rule.value;
  }
}

/** Grams of each macro for an energy target; carbohydrates never go negative. */
export function macroTargets(
  kcal: number,
  weightKg: number,
  rules: MacroRules = DEFAULT_MACRO_RULES,
): MacroTargets {
  const proteinG = grams(rules.protein, kcal, weightKg, KCAL_PER_GRAM.protein);
  const fatG = grams(rules.fat, kcal, weightKg, KCAL_PER_GRAM.fat);
  const carbohydratesG = rules.carbohydrates
    ? grams(rules.carbohydrates, kcal, weightKg, KCAL_PER_GRAM.carbohydrates)
    : Math.max(
        0,
        (kcal - proteinG * KCAL_PER_GRAM.protein - fatG * KCAL_PER_GRAM.fat) / KCAL_PER_GRAM.carbohydrates,
      );
  return { proteinG, fatG, carbohydratesG };
}

/** Adequate intake of fibre: 14 g per 1,000 kcal (IOM 2005 / Dietary Guidelines for Americans). */
export function fibreTargetG(kcal: number): number {
  return (kcal / 1000) * 14;
}

/**
 * Water from drinks (ml/day): IOM 2004 adequate intake of total water is 3.7 L (men) and 2.7 L
 * (women), about 80 % of which comes from beverages.
 */
export function waterTargetMl(sex: 'male' | 'female'): number {
  return sex === 'male' ? 3000 : 2200;
}
