import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FactsModule } from '@welness/facts';
import { GoalsModule } from '@welness/goals';
import { DatabaseRegistration } from '@welness/platform';
import { DiaryDayNote } from './diary/day-note.entity';
import { DiaryEntry } from './diary/diary-entry.entity';
import { ClientDiaryController, DiaryController } from './diary/diary.controller';
import { DiaryRepository } from './diary/diary.repository';
import { DiaryService } from './diary/diary.service';
import { WaterLog } from './diary/water-log.entity';
import { ItemResolver } from './foods/item-resolver.service';
import { UserFood } from './foods/user-food.entity';
import { UserFoodsRepository } from './foods/user-foods.repository';
import { UserFoodsService } from './foods/user-foods.service';
import { MealsPrivacy } from './meals.privacy';
import { MealsInit1763780300000 } from './migrations/1763780300000-meals-init';
import { MealsFoodPreferences1765000000000 } from './migrations/1765000000000-meals-food-preferences';
import { DietPlan } from './plans/diet-plan.entity';
import { ClientPlansController, PlansController } from './plans/plans.controller';
import { PlansRepository } from './plans/plans.repository';
import { PlansService } from './plans/plans.service';
import {
  ClientFoodPreferencesController,
  FoodPreferencesController,
} from './preferences/food-preferences.controller';
import { FoodPreferences } from './preferences/food-preferences.entity';
import { FoodPreferencesRepository } from './preferences/food-preferences.repository';
import { FoodPreferencesService } from './preferences/food-preferences.service';
import { FactsProductSource } from './products/facts-product.source';
import { PRODUCT_SOURCE } from './products/product.source';
import { Recipe } from './recipes/recipe.entity';
import { RecipesController } from './recipes/recipes.controller';
import { RecipesRepository } from './recipes/recipes.repository';
import { RecipesService } from './recipes/recipes.service';
import { SavedMeal } from './recipes/saved-meal.entity';

const entities = [DiaryEntry, WaterLog, DiaryDayNote, UserFood, Recipe, SavedMeal, DietPlan, FoodPreferences];

/** Tables this module owns; the composition root hands them to the DataSource. */
export const mealsDatabase: DatabaseRegistration = {
  entities,
  migrations: [MealsInit1763780300000, MealsFoodPreferences1765000000000],
};

@Module({
  imports: [TypeOrmModule.forFeature(entities), FactsModule, GoalsModule],
  controllers: [
    DiaryController,
    ClientDiaryController,
    RecipesController,
    PlansController,
    ClientPlansController,
    FoodPreferencesController,
    ClientFoodPreferencesController,
  ],
  providers: [
    { provide: PRODUCT_SOURCE, useClass: FactsProductSource },
    DiaryRepository,
    DiaryService,
    ItemResolver,
    UserFoodsRepository,
    UserFoodsService,
    RecipesRepository,
    RecipesService,
    PlansRepository,
    PlansService,
    FoodPreferencesRepository,
    FoodPreferencesService,
    MealsPrivacy,
  ],
  exports: [DiaryService, PlansService, RecipesService, FoodPreferencesService],
})
export class MealsModule {}
