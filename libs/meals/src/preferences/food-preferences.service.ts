import { Injectable } from '@nestjs/common';
import type { DietType } from '../plans/plan.generator';
import { normalizeAllergens } from './allergens';
import { FoodPreferencesRepository } from './food-preferences.repository';

export interface FoodPreferencesView {
  /** Null until the person says (plans then default to omnivore). */
  dietType: DietType | null;
  /** Open Food Facts allergen tags ("en:peanuts"). */
  allergens: string[];
  dislikes: string[];
}

export type FoodPreferencesPatch = Partial<{
  dietType: DietType | null;
  allergens: string[];
  dislikes: string[];
}>;

/** From least to most restrictive: combining two diets keeps the stricter one. */
const DIET_RANK: Record<DietType, number> = { omnivore: 0, pescatarian: 1, vegetarian: 2, vegan: 3 };

/** The diet that respects both: a vegetarian profile and an "omnivore" form give vegetarian. */
export function stricterDiet(a: DietType | null | undefined, b: DietType | null | undefined): DietType {
  const x = a ?? 'omnivore';
  const y = b ?? 'omnivore';
  return DIET_RANK[x] >= DIET_RANK[y] ? x : y;
}

const cleanList = (xs: readonly string[]): string[] =>
  [...new Set(xs.map((x) => x.trim().toLowerCase()).filter(Boolean))].sort();

@Injectable()
export class FoodPreferencesService {
  constructor(private readonly repo: FoodPreferencesRepository) {}

  async get(userId: string): Promise<FoodPreferencesView> {
    const row = await this.repo.find(userId);
    return {
      dietType: row?.dietType ?? null,
      allergens: row?.allergens ?? [],
      dislikes: row?.dislikes ?? [],
    };
  }

  /** Replaces the fields given; allergens are stored as OFF tags whatever words were used. */
  async update(userId: string, patch: FoodPreferencesPatch): Promise<FoodPreferencesView> {
    const current = await this.get(userId);
    const next: FoodPreferencesView = {
      dietType: patch.dietType !== undefined ? patch.dietType : current.dietType,
      allergens: patch.allergens !== undefined ? normalizeAllergens(patch.allergens) : current.allergens,
      dislikes: patch.dislikes !== undefined ? cleanList(patch.dislikes) : current.dislikes,
    };
    await this.repo.upsert(userId, next);
    return next;
  }

  async erase(userId: string): Promise<void> {
    await this.repo.erase(userId);
  }
}
