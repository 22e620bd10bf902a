import { check, type Invalid, limitOf } from '../../api/limits';
import type { ItemSpec, Recipe, RecipeInput } from '../../api/meals.api';

/** An ingredient as the editor holds it: the amount as typed, the reference as the API knows it. */
export interface DraftIngredient {
  key: string;
  kind: 'product' | 'food' | 'reference';
  /** Barcode (product), food id (food) or reference food key (reference). */
  ref: string;
  name: string;
  quantity: string;
  unit: string;
}

export interface RecipeDraft {
  name: string;
  servings: string;
  ingredients: DraftIngredient[];
}

export const EMPTY_DRAFT: RecipeDraft = { name: '', servings: '1', ingredients: [] };

const KINDS = ['product', 'food', 'reference'] as const;
const isKind = (k: string): k is DraftIngredient['kind'] => (KINDS as readonly string[]).includes(k);

/** Units offered for an amount; the current one first when it is a household unit (cup, slice…). */
export function unitChoices(current: string): string[] {
  const base = ['g', 'ml', 'serving'];
  return base.includes(current) ? base : [current, ...base];
}

/** A saved recipe back into the editor. */
export function draftFromRecipe(recipe: Recipe): RecipeDraft {
  return {
    name: recipe.name,
    servings: String(recipe.servings),
    ingredients: recipe.ingredients.map((i, n) => ({
      key: `${i.kind}:${i.ref}:${n}`,
      kind: isKind(i.kind) ? i.kind : 'product',
      ref: i.ref,
      name: i.name,
      quantity: String(i.quantity),
      unit: i.unit,
    })),
  };
}

const parse = (text: string) => Number(text.trim().replace(',', '.'));

/** The reference field of each kind, as the API's item spec names it. */
export function ingredientSpec(i: DraftIngredient): ItemSpec {
  const quantity = parse(i.quantity);
  if (i.kind === 'food') return { kind: 'food', foodId: i.ref, quantity, unit: i.unit };
  if (i.kind === 'reference') return { kind: 'reference', foodKey: i.ref, quantity, unit: i.unit };
  return { kind: 'product', barcode: i.ref, quantity, unit: i.unit };
}

export function recipeInput(draft: RecipeDraft): RecipeInput {
  return { name: draft.name.trim(), servings: parse(draft.servings), ingredients: draft.ingredients.map(ingredientSpec) };
}

export interface DraftProblems {
  name: Invalid | null;
  servings: Invalid | null;
  /** Set when the recipe has no ingredient. */
  ingredients: Invalid | null;
  quantities: Record<string, Invalid>;
}

/** What the API would refuse, checked against its own limits before sending. */
export function draftProblems(draft: RecipeDraft): DraftProblems {
  const quantities: Record<string, Invalid> = {};
  for (const i of draft.ingredients) {
    const problem = check(limitOf('ItemSpecDto', 'quantity'), i.quantity, 'number');
    if (problem) quantities[i.key] = problem;
  }
  return {
    name: check({ minLength: 1, maxLength: 200, ...limitOf('CreateRecipeDto', 'name') }, draft.name, 'text'),
    servings: check(limitOf('CreateRecipeDto', 'servings'), draft.servings, 'number'),
    ingredients: draft.ingredients.length === 0 ? { key: 'required' } : null,
    quantities,
  };
}

export const hasProblems = (p: DraftProblems) => !!(p.name || p.servings || p.ingredients || Object.keys(p.quantities).length);
