import { TestApp, createTestApp, apiCall as api, trackedUser } from '@welness/testing';
import { REFERENCE_FOODS } from '../plans/reference-foods';

interface Plan {
  preferences: { dietType: string; excludeAllergens: string[] };
  days: { meals: { items: { foodKey: string }[] }[] }[];
}

const FOODS = new Map(REFERENCE_FOODS.map((f) => [f.key, f]));

/** Every planned food, with the origin and allergens the reference table gives it. */
function planned(plan: Plan) {
  return plan.days.flatMap((d) => d.meals.flatMap((m) => m.items.map((i) => FOODS.get(i.foodKey)!)));
}

describe('food preferences every plan honours (real stores)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores allergens as Open Food Facts tags whatever words were used', async () => {
    const u = await trackedUser(t);
    expect((await api(t, u, 'GET', '/food-preferences')).body).toEqual({
      dietType: null,
      allergens: [],
      dislikes: [],
    });
    const put = await api(t, u, 'PUT', '/food-preferences', {
      dietType: 'vegetarian',
      allergens: ['Peanut', 'leche', 'tree nuts', 'en:sesame-seeds'],
    });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({
      dietType: 'vegetarian',
      allergens: ['en:milk', 'en:nuts', 'en:peanuts', 'en:sesame-seeds'],
      dislikes: [],
    });
    const bad = await api<{ errors: { path: string }[] }>(t, u, 'PUT', '/food-preferences', {
      dietType: 'carnivore',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.path)).toContain('dietType');
  });

  it("an allergic vegetarian's plan holds no meat, fish or excluded allergen, from an empty request or an omnivore one", async () => {
    const u = await trackedUser(t);
    await api(t, u, 'PUT', '/food-preferences', { dietType: 'vegetarian', allergens: ['peanuts', 'milk'] });
    for (const [i, body] of [
      {},
      { dietType: 'omnivore', excludeAllergens: [] },
      { dietType: 'pescatarian', seed: 7 },
    ].entries()) {
      const gen = await api<Plan>(t, u, 'POST', '/plans/generate', { seed: 100 + i, ...body });
      expect(gen.status).toBe(201);
      expect(gen.body.preferences.dietType).toBe('vegetarian');
      expect(gen.body.preferences.excludeAllergens).toEqual(
        expect.arrayContaining(['en:milk', 'en:peanuts']),
      );
      const foods = planned(gen.body);
      expect(foods.length).toBeGreaterThan(20);
      expect(foods.filter((f) => f.origin === 'meat' || f.origin === 'fish').map((f) => f.key)).toEqual([]);
      expect(
        foods.filter((f) => f.allergens.some((a) => a === 'en:milk' || a === 'en:peanuts')).map((f) => f.key),
      ).toEqual([]);
    }
  });

  it('a request may add restrictions: a vegan request for a vegetarian stays vegan, extra allergens add up', async () => {
    const u = await trackedUser(t);
    await api(t, u, 'PUT', '/food-preferences', { dietType: 'vegetarian', allergens: ['peanuts'] });
    const gen = await api<Plan>(t, u, 'POST', '/plans/generate', {
      dietType: 'vegan',
      excludeAllergens: ['gluten'],
      seed: 3,
    });
    expect(gen.status).toBe(201);
    expect(gen.body.preferences).toMatchObject({
      dietType: 'vegan',
      excludeAllergens: ['en:gluten', 'en:peanuts'],
    });
    const foods = planned(gen.body);
    expect(foods.filter((f) => f.origin !== 'plant')).toEqual([]);
    expect(foods.filter((f) => f.allergens.includes('en:gluten'))).toEqual([]);
  });
});
