import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { TargetsService, UserClock } from '@welness/goals';
import { ProblemException, notFound } from '@welness/platform';
import { addDays, dateRange, weekStart } from '@welness/nutrition';
import { DiaryRepository } from '../diary/diary.repository';
import { DiaryService } from '../diary/diary.service';
import { EntryDto } from '../diary/diary.dto';
import { ZERO_NUTRIENTS, roundNutrients, scaleNutrients, sumNutrients } from '../foods/nutrients';
import type { DietPlan } from './diet-plan.entity';
import { PlansRepository } from './plans.repository';
import { PlanInfeasibleError, PlanPreferences, deviation, generateWeek } from './plan.generator';
import { EditPlannedItemDto, GeneratePlanDto, PlannedVsActualDayDto } from './plans.dto';
import { normalizeAllergens } from '../preferences/allergens';
import { FoodPreferencesService, stricterDiet } from '../preferences/food-preferences.service';
import { RecipesRepository } from '../recipes/recipes.repository';
import { Recipe } from '../recipes/recipe.entity';
import { REFERENCE_FOODS, ReferenceFood } from './reference-foods';

const RECIPE_PREFIX = 'recipe:';

/**
 * A user's recipe as a plan ingredient: a main-meal protein or carbohydrate source (by its
 * energy split), portioned between half and two servings. Diet origin is conservative: a
 * recipe not known to be vegetarian is treated as containing meat.
 */
export function recipeAsFood(r: Recipe): ReferenceFood | null {
  if (!(r.totalGrams > 0) || !(r.total.energyKcal > 0)) return null;
  const serving = r.totalGrams / r.servings;
  const proteinShare = (r.total.proteinG * 4) / r.total.energyKcal;
  return {
    key: `${RECIPE_PREFIX}${r.id}`,
    name: r.name,
    origin: r.vegan ? 'plant' : r.vegetarian ? 'dairy' : 'meat',
    role: proteinShare >= 0.25 ? 'protein' : 'carb',
    slots: ['main'],
    allergens: r.allergens,
    min: Math.round(serving * 0.5),
    usual: Math.round(serving),
    max: Math.round(serving * 2),
    per100: scaleNutrients(r.total, 100 / r.totalGrams),
  };
}

@Injectable()
export class PlansService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly targets: TargetsService,
    private readonly clock: UserClock,
    private readonly diary: DiaryService,
    private readonly diaryRepo: DiaryRepository,
    private readonly recipes: RecipesRepository,
    private readonly preferences: FoodPreferencesService,
  ) {}

  /** Generates a week from the user's targets and makes it the current plan. */
  async generate(userId: string, dto: GeneratePlanDto, coachId: string | null = null): Promise<DietPlan> {
    const start = weekStart(dto.weekOf ?? (await this.clock.userToday(userId)));
    const t = await this.targets.forDate(userId, start);
    // Safety: the person's own diet and allergens hold whatever the request asks; a request
    // may only add restrictions (a stricter diet, more allergens, more dislikes).
    const saved = await this.preferences.get(userId);
    const prefs: PlanPreferences = {
      dietType: stricterDiet(saved.dietType, dto.dietType),
      excludeAllergens: normalizeAllergens([...saved.allergens, ...(dto.excludeAllergens ?? [])]),
      dislikedFoods: [...new Set([...saved.dislikes, ...(dto.dislikedFoods ?? [])])],
      mealsPerDay: dto.mealsPerDay ?? 4,
    };
    const planTargets = {
      energyKcal: t.energyKcal,
      proteinG: t.proteinG,
      carbohydratesG: t.carbohydratesG,
      fatG: t.fatG,
    };
    // The user's own recipes join the reference foods; the same diet and allergen rules apply.
    const own = (await this.recipes.list(userId))
      .map(recipeAsFood)
      .filter((f): f is ReferenceFood => f !== null);
    let days;
    try {
      days = generateWeek(
        planTargets,
        prefs,
        dateRange(start, addDays(start, 6)),
        dto.seed ?? randomInt(2 ** 31 - 1),
        [...REFERENCE_FOODS, ...own],
      );
    } catch (err) {
      if (err instanceof PlanInfeasibleError)
        throw new ProblemException(422, 'plan-infeasible', 'Plan not possible', err.message);
      throw err;
    }
    return this.plans.replaceCurrent({
      userId,
      weekStart: start,
      preferences: prefs,
      targets: planTargets,
      days,
      assignedBy: coachId,
    });
  }

  async current(userId: string): Promise<DietPlan> {
    const plan = await this.plans.findCurrent(userId);
    if (!plan) throw notFound('Diet plan', 'No plan yet: POST /api/v1/plans/generate.');
    return plan;
  }

  /** Logs every item of one planned meal to the diary in one call. */
  async logMeal(userId: string, date: string, mealIndex: number): Promise<EntryDto[]> {
    const plan = await this.current(userId);
    const meal = plan.days.find((d) => d.date === date)?.meals[mealIndex];
    if (!meal) throw notFound('Planned meal');
    return this.diary.logItems(
      userId,
      date,
      meal.slot,
      meal.items.map((i) =>
        i.foodKey.startsWith(RECIPE_PREFIX)
          ? {
              kind: 'recipe' as const,
              recipeId: i.foodKey.slice(RECIPE_PREFIX.length),
              quantity: i.grams,
              unit: 'g',
            }
          : { kind: 'reference' as const, foodKey: i.foodKey, quantity: i.grams, unit: 'g' },
      ),
      `${plan.id}:${date}:${mealIndex}`,
    );
  }

  /** A coach (write scope) adjusts one planned portion; the day's totals follow. */
  async editItem(userId: string, dto: EditPlannedItemDto, coachId: string): Promise<DietPlan> {
    const plan = await this.current(userId);
    const day = plan.days.find((d) => d.date === dto.date);
    const item = day?.meals[dto.mealIndex]?.items[dto.itemIndex];
    if (!day || !item || !(item.grams > 0)) throw notFound('Planned item');
    // Scale from the planned portion itself: works for reference foods and recipes alike.
    item.nutrients = roundNutrients(scaleNutrients(item.nutrients, dto.grams / item.grams));
    item.grams = dto.grams;
    for (const m of day.meals) m.totals = roundNutrients(sumNutrients(m.items.map((i) => i.nutrients)));
    day.totals = roundNutrients(sumNutrients(day.meals.map((m) => m.totals)));
    day.deviation = deviation(day.totals, plan.targets);
    plan.assignedBy = coachId;
    return this.plans.save(plan);
  }

  async plannedVsActual(userId: string): Promise<PlannedVsActualDayDto[]> {
    const plan = await this.current(userId);
    const end = addDays(plan.weekStart, 6);
    const [totals, entries] = await Promise.all([
      this.diaryRepo.totalsByDay(userId, plan.weekStart, end),
      this.diaryRepo.listRange(userId, plan.weekStart, end),
    ]);
    const byDate = new Map(totals.map((t) => [t.date, t]));
    return plan.days.map((d) => {
      const {
        date: _d,
        entries: _e,
        ...actual
      } = byDate.get(d.date) ?? { ...ZERO_NUTRIENTS, date: d.date, entries: 0 };
      const logged = new Set(
        entries
          .filter((e) => e.date === d.date && e.planRef?.startsWith(`${plan.id}:`))
          .map((e) => e.planRef),
      );
      return {
        date: d.date,
        planned: d.totals,
        actual: roundNutrients(actual),
        mealsLogged: logged.size,
        mealsPlanned: d.meals.length,
      };
    });
  }

  async exportData(userId: string): Promise<DietPlan[]> {
    return this.plans.listAll(userId);
  }

  async erase(userId: string): Promise<void> {
    await this.plans.erase(userId);
  }
}
