import { Injectable } from '@nestjs/common';
import { badRequest, notFound } from '@welness/platform';
import { UserClock } from '@welness/goals';
import { DiaryRepository } from '../diary/diary.repository';
import { MealSlot } from '../diary/diary-entry.entity';
import { DiaryService } from '../diary/diary.service';
import { EntryDto } from '../diary/diary.dto';
import { ItemSpec } from '../foods/item-spec';
import { ItemResolver } from '../foods/item-resolver.service';
import { roundNutrients, scaleNutrients, sumNutrients } from '../foods/nutrients';
import { Recipe } from './recipe.entity';
import { CreateRecipeDto, SaveMealDto } from './recipes.dto';
import { RecipesRepository } from './recipes.repository';
import { SavedMeal } from './saved-meal.entity';

/** Diet flags of a composite: false if any part is false, null if any is unknown. */
function allOf(values: (boolean | null)[]): boolean | null {
  if (values.some((v) => v === false)) return false;
  return values.every((v) => v === true) ? true : null;
}

@Injectable()
export class RecipesService {
  constructor(
    private readonly repo: RecipesRepository,
    private readonly resolver: ItemResolver,
    private readonly diary: DiaryService,
    private readonly diaryRepo: DiaryRepository,
    private readonly clock: UserClock,
  ) {}

  async create(userId: string, dto: CreateRecipeDto): Promise<Recipe> {
    return this.repo.save({ userId, ...(await this.compose(userId, dto)) });
  }

  /** Replaces name, servings and ingredients; nutrition is computed again. Logged portions keep theirs. */
  async update(userId: string, id: string, dto: CreateRecipeDto): Promise<Recipe> {
    const existing = await this.get(userId, id);
    return this.repo.save({ ...existing, ...(await this.compose(userId, dto)) });
  }

  private async compose(userId: string, dto: CreateRecipeDto): Promise<Partial<Recipe>> {
    if (dto.ingredients.some((i) => i.kind === 'recipe' || i.kind === 'quick')) {
      throw badRequest('invalid-ingredient', 'Ingredients are products, your own foods or reference foods.');
    }
    const items = await Promise.all(dto.ingredients.map((i) => this.resolver.resolve(userId, i)));
    const total = roundNutrients(sumNutrients(items.map((i) => i.nutrients)));
    return {
      name: dto.name,
      servings: dto.servings,
      ingredients: items.map((i) => ({
        kind: i.kind as 'product' | 'food' | 'reference',
        ref: i.ref ?? '',
        name: i.name,
        quantity: i.quantity,
        unit: i.unit,
        grams: i.grams ?? 0,
        nutrients: i.nutrients,
      })),
      totalGrams: items.reduce((s, i) => s + (i.grams ?? 0), 0),
      total,
      perServing: roundNutrients(scaleNutrients(total, 1 / dto.servings)),
      allergens: [...new Set(items.flatMap((i) => i.allergens))].sort(),
      vegan: allOf(items.map((i) => i.vegan)),
      vegetarian: allOf(items.map((i) => i.vegetarian)),
    };
  }

  list(userId: string): Promise<Recipe[]> {
    return this.repo.list(userId);
  }

  async get(userId: string, id: string): Promise<Recipe> {
    const r = await this.repo.find(userId, id);
    if (!r) throw notFound('Recipe');
    return r;
  }

  async delete(userId: string, id: string): Promise<void> {
    if (!(await this.repo.delete(userId, id))) throw notFound('Recipe');
  }

  async logPortion(
    userId: string,
    id: string,
    slot: MealSlot,
    servings = 1,
    date?: string,
  ): Promise<EntryDto[]> {
    await this.get(userId, id);
    const day = date ?? (await this.clock.userToday(userId));
    return this.diary.logItems(userId, day, slot, [
      { kind: 'recipe', recipeId: id, quantity: servings, unit: 'serving' },
    ]);
  }

  async saveMeal(userId: string, dto: SaveMealDto): Promise<SavedMeal> {
    let items: ItemSpec[] | undefined = dto.items;
    if (!items) {
      if (!dto.date || !dto.slot)
        throw badRequest('invalid-saved-meal', 'Give items, or date and slot of a logged meal.');
      const logged = await this.diaryRepo.listDay(userId, dto.date, dto.slot);
      if (!logged.length) throw notFound('Meal', `Nothing logged on ${dto.date} for ${dto.slot}.`);
      items = logged.map((e) =>
        this.specOf(
          e.kind,
          e.ref,
          e.name,
          e.quantity,
          e.unit,
          e.energyKcal,
          e.proteinG,
          e.carbohydratesG,
          e.fatG,
        ),
      );
    }
    return this.repo.saveMeal({ userId, name: dto.name, items });
  }

  listMeals(userId: string): Promise<SavedMeal[]> {
    return this.repo.listMeals(userId);
  }

  async deleteMeal(userId: string, id: string): Promise<void> {
    if (!(await this.repo.deleteMeal(userId, id))) throw notFound('Saved meal');
  }

  async logMeal(userId: string, id: string, slot: MealSlot, date?: string): Promise<EntryDto[]> {
    const meal = await this.repo.findMeal(userId, id);
    if (!meal) throw notFound('Saved meal');
    const day = date ?? (await this.clock.userToday(userId));
    return this.diary.logItems(userId, day, slot, meal.items);
  }

  private specOf(
    kind: string,
    ref: string | null,
    name: string,
    quantity: number,
    unit: string,
    kcal: number,
    p: number,
    c: number,
    f: number,
  ): ItemSpec {
    switch (kind) {
      case 'product':
        return { kind: 'product', barcode: ref ?? '', quantity, unit };
      case 'food':
        return { kind: 'food', foodId: ref ?? '', quantity, unit };
      case 'recipe':
        return { kind: 'recipe', recipeId: ref ?? '', quantity, unit };
      case 'reference':
        return { kind: 'reference', foodKey: ref ?? '', quantity, unit };
      default:
        // A quick-add is saved as one serving of what was logged in total.
        return {
          kind: 'quick',
          quick: { name, energyKcal: kcal, proteinG: p, carbohydratesG: c, fatG: f },
          quantity: 1,
          unit: 'serving',
        };
    }
  }
}
