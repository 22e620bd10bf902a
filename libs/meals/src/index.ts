export { MealsModule, mealsDatabase } from './meals.module';
export { DiaryService } from './diary/diary.service';
export { PlansService } from './plans/plans.service';
export type { MealSlot } from './diary/diary-entry.entity';
export { MEAL_SLOTS } from './diary/diary-entry.entity';
export { REFERENCE_FOODS } from './plans/reference-foods';
export { FoodPreferencesService } from './preferences/food-preferences.service';
