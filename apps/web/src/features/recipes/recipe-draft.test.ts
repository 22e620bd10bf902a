import { expect, it } from 'vitest';
import type { Recipe } from '../../api/meals.api';
import { draftFromRecipe, draftProblems, EMPTY_DRAFT, hasProblems, recipeInput, unitChoices } from './recipe-draft';

const zero = { energyKcal: 0, proteinG: 0, carbohydratesG: 0, fatG: 0, fiberG: 0, sugarsG: 0, saturatedFatG: 0, saltG: 0 };
const recipe: Recipe = {
  id: 'r1',
  name: 'Granola bowl',
  servings: 2,
  totalGrams: 320,
  total: zero,
  perServing: zero,
  allergens: [],
  vegan: null,
  vegetarian: null,
  ingredients: [
    { kind: 'food', ref: '6f1c1a52-6a38-4b7e-9c11-1f1e4c9d2a10', name: 'Home granola', quantity: 1, unit: 'cup', grams: 120, nutrients: zero },
    { kind: 'product', ref: '3017620422003', name: 'Hazelnut spread', quantity: 20, unit: 'g', grams: 20, nutrients: zero },
    { kind: 'reference', ref: 'blueberries', name: 'Blueberries', quantity: 180, unit: 'g', grams: 180, nutrients: zero },
  ],
};

it('turns a saved recipe back into the item specs the API takes, each kind with its own reference field', () => {
  const input = recipeInput(draftFromRecipe(recipe));
  expect(input).toEqual({
    name: 'Granola bowl',
    servings: 2,
    ingredients: [
      { kind: 'food', foodId: '6f1c1a52-6a38-4b7e-9c11-1f1e4c9d2a10', quantity: 1, unit: 'cup' },
      { kind: 'product', barcode: '3017620422003', quantity: 20, unit: 'g' },
      { kind: 'reference', foodKey: 'blueberries', quantity: 180, unit: 'g' },
    ],
  });
});

it('reads decimal commas and trims the name', () => {
  const draft = draftFromRecipe(recipe);
  draft.name = '  Bowl  ';
  draft.servings = '2,5';
  draft.ingredients[0].quantity = '1,5';
  const input = recipeInput(draft);
  expect(input.name).toBe('Bowl');
  expect(input.servings).toBe(2.5);
  expect(input.ingredients[0].quantity).toBe(1.5);
});

it('says what is missing before sending: a name, servings within the API limits, an ingredient, amounts', () => {
  const empty = draftProblems({ ...EMPTY_DRAFT, servings: '0' });
  expect(empty.name?.key).toBe('required');
  expect(empty.servings?.key).toBe('min');
  expect(empty.ingredients?.key).toBe('required');
  const draft = draftFromRecipe(recipe);
  draft.ingredients[1].quantity = 'lots';
  const problems = draftProblems(draft);
  expect(Object.keys(problems.quantities)).toEqual([draft.ingredients[1].key]);
  expect(hasProblems(problems)).toBe(true);
  expect(hasProblems(draftProblems(draftFromRecipe(recipe)))).toBe(false);
});

it('offers g, ml and serving, keeping a household unit the ingredient already uses', () => {
  expect(unitChoices('g')).toEqual(['g', 'ml', 'serving']);
  expect(unitChoices('cup')).toEqual(['cup', 'g', 'ml', 'serving']);
});
