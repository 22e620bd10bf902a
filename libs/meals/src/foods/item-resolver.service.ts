import { Inject, Injectable } from '@nestjs/common';
import { badRequest, notFound } from '@welness/platform';
import { normalizeGtin } from '@welness/nutrition';
import { referenceFood } from '../plans/reference-foods';
import { PRODUCT_SOURCE, ProductSource } from '../products/product.source';
import { RecipesRepository } from '../recipes/recipes.repository';
import { ItemSpec, ResolvedItem } from './item-spec';
import { ZERO_NUTRIENTS, scaleNutrients } from './nutrients';
import { PortionBasis, portion } from './portion';
import { UserFoodsRepository } from './user-foods.repository';

/** Turns an item spec into nutrients now, from the catalogue, the user's foods or recipes. */
@Injectable()
export class ItemResolver {
  constructor(
    @Inject(PRODUCT_SOURCE) private readonly products: ProductSource,
    private readonly foods: UserFoodsRepository,
    private readonly recipes: RecipesRepository,
  ) {}

  async resolve(userId: string, spec: ItemSpec): Promise<ResolvedItem> {
    const base = await this.basisFor(userId, spec);
    const p = portion(base.basis, spec.quantity, spec.unit);
    return {
      ...base,
      quantity: spec.quantity,
      unit: spec.unit.toLowerCase(),
      grams: p.grams,
      nutrients: p.nutrients,
    };
  }

  /** Recomputes an existing entry's nutrients from its frozen basis (no catalogue read). */
  reportion(basis: PortionBasis, quantity: number, unit: string) {
    return portion(basis, quantity, unit);
  }

  private async basisFor(
    userId: string,
    spec: ItemSpec,
  ): Promise<Omit<ResolvedItem, 'quantity' | 'unit' | 'grams' | 'nutrients'>> {
    switch (spec.kind) {
      case 'product': {
        const gtin = normalizeGtin(spec.barcode);
        if (!gtin.ok) throw badRequest('invalid-barcode', gtin.message);
        const p = await this.products.byBarcode(gtin.value.digits, userId);
        if (!p) throw notFound('Product', `No product with barcode ${gtin.value.digits}.`);
        return {
          kind: 'product',
          ref: p.barcode,
          name: p.name,
          brand: p.brand,
          basis: { per100: p.per100, servingG: p.servingG, householdUnits: [], perItem: null },
          allergens: p.allergens,
          vegan: p.vegan,
          vegetarian: p.vegetarian,
        };
      }
      case 'food': {
        const f = spec.foodId ? await this.foods.find(userId, spec.foodId) : null;
        if (!f) throw notFound('Food');
        return {
          kind: 'food',
          ref: f.id,
          name: f.name,
          brand: f.brand,
          basis: { per100: f.per100, servingG: f.servingG, householdUnits: f.householdUnits, perItem: null },
          allergens: f.allergens,
          vegan: f.vegan,
          vegetarian: f.vegetarian,
        };
      }
      case 'recipe': {
        const r = spec.recipeId ? await this.recipes.find(userId, spec.recipeId) : null;
        if (!r) throw notFound('Recipe');
        const per100 = r.totalGrams > 0 ? scaleNutrients(r.total, 100 / r.totalGrams) : null;
        return {
          kind: 'recipe',
          ref: r.id,
          name: r.name,
          brand: null,
          basis: per100
            ? { per100, servingG: r.totalGrams / r.servings, householdUnits: [], perItem: null }
            : { per100: null, servingG: null, householdUnits: [], perItem: r.perServing },
          allergens: r.allergens,
          vegan: r.vegan,
          vegetarian: r.vegetarian,
        };
      }
      case 'reference': {
        const r = spec.foodKey ? referenceFood(spec.foodKey) : undefined;
        if (!r) throw notFound('Reference food');
        const origin = r.origin;
        return {
          kind: 'reference',
          ref: r.key,
          name: r.name,
          brand: null,
          basis: { per100: r.per100, servingG: r.usual, householdUnits: [], perItem: null },
          allergens: r.allergens,
          vegan: origin === 'plant',
          vegetarian: origin !== 'meat' && origin !== 'fish',
        };
      }
      case 'quick': {
        const q = spec.quick;
        if (!q) throw badRequest('invalid-item', 'quick needs name and energyKcal.');
        return {
          kind: 'quick',
          ref: null,
          name: q.name,
          brand: null,
          basis: {
            per100: null,
            servingG: null,
            householdUnits: [],
            perItem: {
              ...ZERO_NUTRIENTS,
              energyKcal: q.energyKcal,
              proteinG: q.proteinG ?? 0,
              carbohydratesG: q.carbohydratesG ?? 0,
              fatG: q.fatG ?? 0,
            },
          },
          allergens: [],
          vegan: null,
          vegetarian: null,
        };
      }
    }
  }
}
