export { MealsModule, mealsDatabase } from './meals.module';
