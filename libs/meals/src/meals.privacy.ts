import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@welness/platform';
import { DiaryRepository } from './diary/diary.repository';
import { UserFoodsRepository } from './foods/user-foods.repository';
import { PlansService } from './plans/plans.service';
import { FoodPreferencesService } from './preferences/food-preferences.service';
import { RecipesRepository } from './recipes/recipes.repository';

@Injectable()
export class MealsPrivacy implements OnModuleInit {
  constructor(
    private readonly registry: PrivacyRegistry,
    private readonly diary: DiaryRepository,
    private readonly foods: UserFoodsRepository,
    private readonly recipes: RecipesRepository,
    private readonly plans: PlansService,
    private readonly preferences: FoodPreferencesService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'meals',
      export: async (userId) => ({
        diary: await this.diary.exportAll(userId),
        foods: await this.foods.list(userId),
        recipes: await this.recipes.list(userId),
        savedMeals: await this.recipes.listMeals(userId),
        plans: await this.plans.exportData(userId),
        foodPreferences: await this.preferences.get(userId),
      }),
      erase: async (userId) => {
        await this.diary.erase(userId);
        await this.recipes.erase(userId);
        await this.foods.erase(userId);
        await this.plans.erase(userId);
        await this.preferences.erase(userId);
      },
    });
  }
}
