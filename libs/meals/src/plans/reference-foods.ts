import type { Nutrients } from '../foods/nutrients';

export type FoodOrigin = 'plant' | 'dairy' | 'egg' | 'fish' | 'meat';
export type PlanRole = 'protein' | 'carb' | 'veg' | 'fruit' | 'fat';
export type PlanSlot = 'breakfast' | 'main' | 'snack';

/** A reference food the plan generator builds meals from (and users may log by key). */
export interface ReferenceFood {
  key: string;
  name: string;
  origin: FoodOrigin;
  role: PlanRole;
  slots: PlanSlot[];
  allergens: string[];
  /** Portion bounds and the usual portion, grams. */
  min: number;
  max: number;
  usual: number;
  per100: Nutrients;
}

/**
 * Values per 100 g from USDA FoodData Central (SR Legacy); sodium converted to salt × 2.5.
 * Allergens use Open Food Facts tags so catalogue products and these foods filter alike.
 */
const f = (
  key: string,
  name: string,
  origin: FoodOrigin,
  role: PlanRole,
  slots: PlanSlot[],
  allergens: string[],
  [min, usual, max]: [number, number, number],
  [energyKcal, proteinG, carbohydratesG, fatG, fiberG, sugarsG, saturatedFatG, saltG]: number[],
): ReferenceFood => ({
  key,
  name,
  origin,
  role,
  slots,
  allergens,
  min,
  max,
  usual,
  per100: { energyKcal, proteinG, carbohydratesG, fatG, fiberG, sugarsG, saturatedFatG, saltG },
});

export const REFERENCE_FOODS: readonly ReferenceFood[] = [
  // Protein sources
  f('chicken-breast', 'Chicken breast, roasted', 'meat', 'protein', ['main'], [], [80, 150, 300], [165, 31, 0, 3.6, 0, 0, 1.0, 0.19]),
  f('turkey-breast', 'Turkey breast, roasted', 'meat', 'protein', ['main'], [], [80, 150, 300], [147, 30.1, 0, 2.1, 0, 0, 0.6, 0.25]),
  f('lean-beef', 'Beef, lean sirloin, grilled', 'meat', 'protein', ['main'], [], [80, 140, 280], [160, 30.5, 0, 4.5, 0, 0, 1.7, 0.15]),
  f('salmon', 'Salmon, Atlantic, cooked', 'fish', 'protein', ['main'], ['en:fish'], [80, 140, 260], [206, 22.1, 0, 12.4, 0, 0, 2.5, 0.15]),
  f('cod', 'Cod, Atlantic, cooked', 'fish', 'protein', ['main'], ['en:fish'], [100, 170, 320], [105, 22.8, 0, 0.9, 0, 0, 0.2, 0.2]),
  f('tuna-water', 'Tuna, canned in water, drained', 'fish', 'protein', ['main', 'snack'], ['en:fish'], [60, 120, 220], [116, 25.5, 0, 0.8, 0, 0, 0.2, 0.84]),
  f('shrimp', 'Shrimp, cooked', 'fish', 'protein', ['main'], ['en:crustaceans'], [80, 150, 280], [99, 24, 0.2, 0.3, 0, 0, 0.1, 0.28]),
  f('egg', 'Egg, whole, hard-boiled', 'egg', 'protein', ['breakfast', 'snack'], ['en:eggs'], [50, 100, 200], [155, 12.6, 1.1, 10.6, 0, 1.1, 3.3, 0.31]),
  f('egg-white', 'Egg white', 'egg', 'protein', ['breakfast'], ['en:eggs'], [60, 150, 300], [52, 10.9, 0.7, 0.2, 0, 0.7, 0, 0.41]),
  f('greek-yogurt', 'Greek yogurt, plain, nonfat', 'dairy', 'protein', ['breakfast', 'snack'], ['en:milk'], [100, 200, 400], [59, 10.2, 3.6, 0.4, 0, 3.2, 0.1, 0.09]),
  f('cottage-cheese', 'Cottage cheese, 1 % fat', 'dairy', 'protein', ['breakfast', 'snack'], ['en:milk'], [100, 150, 350], [72, 12.4, 2.7, 1.0, 0, 2.7, 0.6, 1.0]),
  f('whey-isolate', 'Whey protein isolate powder', 'dairy', 'protein', ['breakfast', 'snack'], ['en:milk'], [15, 30, 70], [359, 85, 3, 1.5, 0, 2, 0.8, 0.5]),
  f('tofu', 'Tofu, firm, calcium-set', 'plant', 'protein', ['main', 'breakfast'], ['en:soybeans'], [100, 200, 400], [144, 17.3, 2.8, 8.7, 2.3, 0.6, 1.3, 0.04]),
  f('tempeh', 'Tempeh', 'plant', 'protein', ['main'], ['en:soybeans'], [80, 150, 300], [192, 20.3, 7.6, 10.8, 0, 0, 2.2, 0.02]),
  f('seitan', 'Seitan (vital wheat gluten)', 'plant', 'protein', ['main'], ['en:gluten'], [40, 80, 160], [370, 75.2, 13.8, 1.9, 0.6, 0, 0.3, 0.07]),
  f('lentils', 'Lentils, boiled', 'plant', 'protein', ['main'], [], [100, 200, 400], [116, 9.0, 20.1, 0.4, 7.9, 1.8, 0.1, 0.01]),
  f('chickpeas', 'Chickpeas, boiled', 'plant', 'protein', ['main', 'snack'], [], [80, 160, 320], [164, 8.9, 27.4, 2.6, 7.6, 4.8, 0.3, 0.02]),
  f('black-beans', 'Black beans, boiled', 'plant', 'protein', ['main'], [], [80, 160, 320], [132, 8.9, 23.7, 0.5, 8.7, 0.3, 0.1, 0.0]),
  f('edamame', 'Edamame, cooked', 'plant', 'protein', ['main', 'snack'], ['en:soybeans'], [80, 150, 300], [121, 11.9, 8.9, 5.2, 5.2, 2.2, 0.6, 0.02]),
  f('pea-protein', 'Pea protein isolate powder', 'plant', 'protein', ['breakfast', 'snack'], [], [15, 30, 70], [375, 80, 4, 6, 1, 0, 1, 2.5]),
  // Carbohydrate sources
  f('oats', 'Oats, rolled, dry', 'plant', 'carb', ['breakfast'], ['en:gluten'], [30, 60, 150], [379, 13.2, 67.7, 6.5, 10.1, 1.0, 1.1, 0.02]),
  f('wholewheat-bread', 'Whole-wheat bread', 'plant', 'carb', ['breakfast', 'snack'], ['en:gluten'], [30, 70, 160], [252, 12.4, 42.7, 3.5, 6.0, 4.4, 0.7, 1.1]),
  f('white-rice', 'White rice, cooked', 'plant', 'carb', ['main'], [], [80, 180, 450], [130, 2.7, 28.2, 0.3, 0.4, 0.1, 0.1, 0.0]),
  f('brown-rice', 'Brown rice, cooked', 'plant', 'carb', ['main'], [], [80, 180, 450], [112, 2.3, 23.5, 0.8, 1.8, 0.4, 0.2, 0.01]),
  f('quinoa', 'Quinoa, cooked', 'plant', 'carb', ['main', 'breakfast'], [], [80, 180, 450], [120, 4.4, 21.3, 1.9, 2.8, 0.9, 0.2, 0.02]),
  f('pasta', 'Pasta, cooked', 'plant', 'carb', ['main'], ['en:gluten'], [80, 180, 450], [158, 5.8, 30.9, 0.9, 1.8, 0.6, 0.2, 0.0]),
  f('potato', 'Potato, baked, with skin', 'plant', 'carb', ['main'], [], [100, 250, 600], [93, 2.5, 21.2, 0.1, 2.2, 1.2, 0.0, 0.03]),
  f('sweet-potato', 'Sweet potato, baked', 'plant', 'carb', ['main'], [], [100, 220, 500], [90, 2.0, 20.7, 0.2, 3.3, 6.5, 0.1, 0.09]),
  // Fruit
  f('banana', 'Banana', 'plant', 'fruit', ['breakfast', 'snack'], [], [60, 120, 300], [89, 1.1, 22.8, 0.3, 2.6, 12.2, 0.1, 0.0]),
  f('apple', 'Apple, with skin', 'plant', 'fruit', ['breakfast', 'snack'], [], [80, 180, 350], [52, 0.3, 13.8, 0.2, 2.4, 10.4, 0.0, 0.0]),
  f('blueberries', 'Blueberries', 'plant', 'fruit', ['breakfast', 'snack'], [], [50, 120, 300], [57, 0.7, 14.5, 0.3, 2.4, 10.0, 0.0, 0.0]),
  f('orange', 'Orange', 'plant', 'fruit', ['breakfast', 'snack'], [], [80, 150, 300], [47, 0.9, 11.8, 0.1, 2.4, 9.4, 0.0, 0.0]),
  // Vegetables
  f('broccoli', 'Broccoli, boiled', 'plant', 'veg', ['main'], [], [60, 150, 350], [35, 2.4, 7.2, 0.4, 3.3, 1.4, 0.1, 0.1]),
  f('spinach', 'Spinach, raw', 'plant', 'veg', ['main', 'breakfast'], [], [30, 80, 200], [23, 2.9, 3.6, 0.4, 2.2, 0.4, 0.1, 0.2]),
  f('romaine', 'Romaine lettuce', 'plant', 'veg', ['main'], [], [40, 100, 250], [17, 1.2, 3.3, 0.3, 2.1, 1.2, 0.0, 0.02]),
  f('carrots', 'Carrots, raw', 'plant', 'veg', ['main', 'snack'], [], [50, 100, 250], [41, 0.9, 9.6, 0.2, 2.8, 4.7, 0.0, 0.17]),
  f('tomato', 'Tomato', 'plant', 'veg', ['main'], [], [50, 120, 300], [18, 0.9, 3.9, 0.2, 1.2, 2.6, 0.0, 0.01]),
  f('red-pepper', 'Red bell pepper', 'plant', 'veg', ['main'], [], [50, 120, 300], [31, 1.0, 6.0, 0.3, 2.1, 4.2, 0.0, 0.01]),
  f('green-beans', 'Green beans, boiled', 'plant', 'veg', ['main'], [], [60, 130, 300], [35, 1.9, 7.9, 0.3, 3.2, 1.6, 0.1, 0.0]),
  // Fat sources
  f('olive-oil', 'Olive oil', 'plant', 'fat', ['main'], [], [3, 10, 40], [884, 0, 0, 100, 0, 0, 13.8, 0.0]),
  f('avocado', 'Avocado', 'plant', 'fat', ['main', 'breakfast'], [], [30, 70, 200], [160, 2.0, 8.5, 14.7, 6.7, 0.7, 2.1, 0.02]),
  f('almonds', 'Almonds', 'plant', 'fat', ['breakfast', 'snack'], ['en:nuts'], [10, 25, 70], [579, 21.2, 21.6, 49.9, 12.5, 4.4, 3.8, 0.0]),
  f('walnuts', 'Walnuts', 'plant', 'fat', ['breakfast', 'snack'], ['en:nuts'], [10, 25, 70], [654, 15.2, 13.7, 65.2, 6.7, 2.6, 6.1, 0.01]),
  f('peanut-butter', 'Peanut butter, smooth', 'plant', 'fat', ['breakfast', 'snack'], ['en:peanuts'], [10, 25, 70], [588, 25.1, 20.0, 50.4, 6.0, 9.2, 10.3, 1.1]),
  f('chia-seeds', 'Chia seeds', 'plant', 'fat', ['breakfast', 'snack'], [], [10, 20, 50], [486, 16.5, 42.1, 30.7, 34.4, 0, 3.3, 0.04]),
  f('pumpkin-seeds', 'Pumpkin seeds', 'plant', 'fat', ['breakfast', 'snack', 'main'], [], [10, 25, 70], [559, 30.2, 10.7, 49.1, 6.0, 1.4, 8.7, 0.02]),
  f('tahini', 'Tahini (sesame paste)', 'plant', 'fat', ['main'], ['en:sesame-seeds'], [10, 20, 60], [595, 17.0, 21.2, 53.8, 9.3, 0.5, 7.5, 0.29]),
  f('cheddar', 'Cheddar cheese', 'dairy', 'fat', ['breakfast', 'snack', 'main'], ['en:milk'], [15, 30, 80], [403, 24.9, 1.3, 33.1, 0, 0.5, 21.1, 1.6]),
];

const BY_KEY = new Map(REFERENCE_FOODS.map((r) => [r.key, r]));

export function referenceFood(key: string): ReferenceFood | undefined {
  return BY_KEY.get(key);
}
