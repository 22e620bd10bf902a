import { REFERENCE_FOODS } from '@welness/meals';

export interface GenericFood {
  key: string;
  name: string;
  /** Grams in one piece, slice or pot when people count it ("2 eggs"); else the usual portion. */
  pieceG: number;
  kcalPer100: number;
}

/** Everyday names (English and Spanish) of the reference foods, and one piece's weight. */
const NAMES: [RegExp, string, number?][] = [
  [/\b(eggs?|huevos?)\b/i, 'egg', 50],
  [/\begg whites?|claras?\b/i, 'egg-white', 33],
  [/\b(toast|bread|slices? of bread|pan|tostadas?|rebanadas? de pan)\b/i, 'wholewheat-bread', 35],
  [/\b(greek yog(h)?urt|yogur griego|yog(h)?urt|yogur)\b/i, 'greek-yogurt', 170],
  [/\b(cottage cheese|reques[oó]n)\b/i, 'cottage-cheese', 110],
  [/\b(oats|oatmeal|porridge|avena)\b/i, 'oats', 40],
  [/\b(bananas?|pl[aá]tanos?)\b/i, 'banana', 120],
  [/\b(apples?|manzanas?)\b/i, 'apple', 180],
  [/\b(oranges?|naranjas?)\b/i, 'orange', 150],
  [/\b(blueberr(y|ies)|ar[aá]ndanos?)\b/i, 'blueberries', 100],
  [/\b(chicken|pollo)\b/i, 'chicken-breast', 150],
  [/\b(turkey|pavo)\b/i, 'turkey-breast', 120],
  [/\b(beef|steak|ternera|filete)\b/i, 'lean-beef', 150],
  [/\b(salmon|salm[oó]n)\b/i, 'salmon', 150],
  [/\b(tuna|at[uú]n)\b/i, 'tuna-water', 80],
  [/\b(cod|bacalao)\b/i, 'cod', 150],
  [/\b(shrimps?|prawns?|gambas?|langostinos?)\b/i, 'shrimp', 100],
  [/\b(tofu)\b/i, 'tofu', 150],
  [/\b(lentils?|lentejas?)\b/i, 'lentils', 200],
  [/\b(chickpeas?|garbanzos?)\b/i, 'chickpeas', 150],
  [/\b(brown rice|arroz integral)\b/i, 'brown-rice', 150],
  [/\b(rice|arroz)\b/i, 'white-rice', 150],
  [/\b(pasta|spaghetti|macarrones|espaguetis)\b/i, 'pasta', 180],
  [/\b(sweet potato(es)?|boniatos?|batatas?)\b/i, 'sweet-potato', 150],
  [/\b(potato(es)?|patatas?|papas?)\b/i, 'potato', 170],
  [/\b(broccoli|br[oó]coli)\b/i, 'broccoli', 100],
  [/\b(spinach|espinacas?)\b/i, 'spinach', 60],
  [/\b(salad|lettuce|ensalada|lechuga)\b/i, 'romaine', 80],
  [/\b(carrots?|zanahorias?)\b/i, 'carrots', 60],
  [/\b(tomato(es)?|tomates?)\b/i, 'tomato', 120],
  [/\b(avocados?|aguacates?)\b/i, 'avocado', 150],
  [/\b(almonds?|almendras?)\b/i, 'almonds', 28],
  [/\b(peanut butter|crema de cacahuete|mantequilla de cacahuete)\b/i, 'peanut-butter', 16],
  [/\b(cheddar|cheese|queso)\b/i, 'cheddar', 30],
  [/\b(olive oil|aceite de oliva|aceite)\b/i, 'olive-oil', 10],
];

const BY_KEY = new Map(REFERENCE_FOODS.map((f) => [f.key, f]));

/**
 * A generic food for a name the catalogue does not know ("greek yogurt", "huevos"): the
 * built-in reference table, so the coach can still log everyday foods on a fresh install.
 * The longest matching name wins ("brown rice" before "rice", "peanut butter" before "butter").
 */
export function genericFood(query: string): GenericFood | null {
  let best: { key: string; piece?: number; length: number } | null = null;
  for (const [re, key, piece] of NAMES) {
    const m = re.exec(query);
    if (m && (!best || m[0].length > best.length)) best = { key, piece, length: m[0].length };
  }
  const food = best ? BY_KEY.get(best.key) : undefined;
  if (!best || !food) return null;
  return {
    key: food.key,
    name: food.name,
    pieceG: best.piece ?? food.usual,
    kcalPer100: food.per100.energyKcal,
  };
}
