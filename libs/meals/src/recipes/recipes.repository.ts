import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Recipe } from './recipe.entity';
import { SavedMeal } from './saved-meal.entity';

@Injectable()
export class RecipesRepository {
  constructor(
    @InjectRepository(Recipe) private readonly recipes: Repository<Recipe>,
    @InjectRepository(SavedMeal) private readonly meals: Repository<SavedMeal>,
  ) {}

  save(recipe: Partial<Recipe>): Promise<Recipe> {
    return this.recipes.save(this.recipes.create(recipe));
  }

  find(userId: string, id: string): Promise<Recipe | null> {
    return this.recipes.findOne({ where: { userId, id } });
  }

  list(userId: string): Promise<Recipe[]> {
    return this.recipes.find({ where: { userId }, order: { name: 'ASC' } });
  }

  async delete(userId: string, id: string): Promise<boolean> {
    return ((await this.recipes.delete({ userId, id })).affected ?? 0) > 0;
  }

  saveMeal(meal: Partial<SavedMeal>): Promise<SavedMeal> {
    return this.meals.save(this.meals.create(meal));
  }

  findMeal(userId: string, id: string): Promise<SavedMeal | null> {
    return this.meals.findOne({ where: { userId, id } });
  }

  listMeals(userId: string): Promise<SavedMeal[]> {
    return this.meals.find({ where: { userId }, order: { name: 'ASC' } });
  }

  async deleteMeal(userId: string, id: string): Promise<boolean> {
    return ((await this.meals.delete({ userId, id })).affected ?? 0) > 0;
  }

  async erase(userId: string): Promise<void> {
    await this.recipes.delete({ userId });
    await this.meals.delete({ userId });
  }
}
