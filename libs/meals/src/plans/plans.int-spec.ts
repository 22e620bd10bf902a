import { PrivacyRegistry, REDIS } from '@welness/platform';
import type Redis from 'ioredis';
import { TestApp, TestUser, createTestApp, apiCall as api, trackedUser } from '@welness/testing';

interface Plan {
  id: string;
  weekStart: string;
  targets: { energyKcal: number };
  days: {
    date: string;
    meals: { slot: string; items: { foodKey: string; grams: number }[]; totals: { energyKcal: number } }[];
    deviation: { energy: number };
  }[];
}

describe('diet plans, recipes and privacy (real stores)', () => {
  let t: TestApp;
  let u: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    u = await trackedUser(t, 'Europe/Paris');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('generates a vegan, nut-free week within tolerance and logs a planned meal in one call', async () => {
    const gen = await api<Plan>(t, u, 'POST', '/plans/generate', {
      dietType: 'vegan',
      excludeAllergens: ['en:nuts', 'peanuts'],
      mealsPerDay: 4,
      weekOf: '2026-03-04',
      seed: 42,
    });
    expect(gen.status).toBe(201);
    expect(gen.body.weekStart).toBe('2026-03-02');
    expect(gen.body.days).toHaveLength(7);
    for (const d of gen.body.days) expect(Math.abs(d.deviation.energy)).toBeLessThanOrEqual(0.05);
    const keys = gen.body.days.flatMap((d) => d.meals.flatMap((m) => m.items.map((i) => i.foodKey)));
    expect(keys).not.toContain('almonds');
    expect(keys).not.toContain('peanut-butter');
    expect(keys).not.toContain('greek-yogurt');

    const current = await api<Plan>(t, u, 'GET', '/plans/current');
    expect(current.body.id).toBe(gen.body.id);
    const logged = await api<{ slot: string; planRef: string }[]>(t, u, 'POST', '/plans/current/log-meal', {
      date: '2026-03-03',
      mealIndex: 1,
    });
    expect(logged.status).toBe(201);
    expect(logged.body.length).toBe(gen.body.days[1].meals[1].items.length);
    const adherence = await api<
      { date: string; planned: { energyKcal: number }; actual: { energyKcal: number }; mealsLogged: number }[]
    >(t, u, 'GET', '/plans/current/adherence');
    const day = adherence.body.find((d) => d.date === '2026-03-03')!;
    expect(day.mealsLogged).toBe(1);
    expect(day.actual.energyKcal).toBeCloseTo(gen.body.days[1].meals[1].totals.energyKcal, 0);
  });

  it("uses the user's own recipes as plan ingredients and logs them as recipe entries", async () => {
    const v = await trackedUser(t, 'Europe/Paris');
    const curry = await api<{ id: string }>(t, v, 'POST', '/recipes', {
      name: 'Dal bowl',
      servings: 2,
      ingredients: [
        { kind: 'reference', foodKey: 'lentils', quantity: 300, unit: 'g' },
        { kind: 'reference', foodKey: 'white-rice', quantity: 200, unit: 'g' },
        { kind: 'reference', foodKey: 'tomato', quantity: 150, unit: 'g' },
        { kind: 'reference', foodKey: 'olive-oil', quantity: 10, unit: 'g' },
      ],
    });
    // Disliking every other main-meal carbohydrate leaves the recipe as the only choice.
    const plan = await api<Plan>(t, v, 'POST', '/plans/generate', {
      dietType: 'vegan',
      dislikedFoods: ['rice', 'quinoa', 'pasta', 'potato'],
      mealsPerDay: 3,
      seed: 5,
    });
    expect(plan.status).toBe(201);
    const lunch = plan.body.days[0].meals[1];
    expect(lunch.items.map((i) => i.foodKey)).toContain(`recipe:${curry.body.id}`);
    const logged = await api<{ kind: string; ref: string }[]>(t, v, 'POST', '/plans/current/log-meal', {
      date: plan.body.days[0].date,
      mealIndex: 1,
    });
    expect(logged.body.find((e) => e.kind === 'recipe')?.ref).toBe(curry.body.id);
  });

  it('explains why a plan is impossible instead of breaking a rule', async () => {
    const r = await api<{ status: number; type: string }>(t, u, 'POST', '/plans/generate', {
      dietType: 'vegan',
      excludeAllergens: ['soybeans', 'gluten'],
      dislikedFoods: ['pea protein', 'lentils', 'chickpeas', 'black beans'],
    });
    expect(r.status).toBe(422);
    expect(r.body.type).toContain('plan-infeasible');
  });

  it('builds a recipe from ingredients, logs a portion and a saved meal', async () => {
    const food = await api<{ id: string }>(t, u, 'POST', '/foods', {
      name: 'Home granola',
      per100: { energyKcal: 450, proteinG: 10, carbohydratesG: 60, fatG: 18 },
      householdUnits: [{ name: 'cup', grams: 120 }],
    });
    expect(food.status).toBe(201);
    const recipe = await api<{ id: string; perServing: { energyKcal: number }; totalGrams: number }>(
      t,
      u,
      'POST',
      '/recipes',
      {
        name: 'Granola bowl',
        servings: 2,
        ingredients: [
          { kind: 'food', foodId: food.body.id, quantity: 1, unit: 'cup' },
          { kind: 'reference', foodKey: 'blueberries', quantity: 100, unit: 'g' },
        ],
      },
    );
    expect(recipe.status).toBe(201);
    expect(recipe.body.totalGrams).toBe(220);
    expect(recipe.body.perServing.energyKcal).toBeCloseTo((540 + 57) / 2, 1);
    const log = await api<{ nutrients: { energyKcal: number } }[]>(
      t,
      u,
      'POST',
      `/recipes/${recipe.body.id}/log`,
      { slot: 'breakfast', date: '2026-03-10', servings: 1 },
    );
    expect(log.body[0].nutrients.energyKcal).toBeCloseTo(298.5, 1);
    const saved = await api<{ id: string }>(t, u, 'POST', '/saved-meals', {
      name: 'Usual breakfast',
      date: '2026-03-10',
      slot: 'breakfast',
    });
    expect(saved.status).toBe(201);
    await api(t, u, 'POST', `/saved-meals/${saved.body.id}/log`, { slot: 'breakfast', date: '2026-03-11' });
    const day = await api<{ totals: { energyKcal: number } }>(t, u, 'GET', '/diary?date=2026-03-11');
    expect(day.body.totals.energyKcal).toBeCloseTo(298.5, 1);
    const recent = await api<{ kind: string; ref: string }[]>(t, u, 'GET', '/diary/recent');
    expect(recent.body[0]).toMatchObject({ kind: 'recipe', ref: recipe.body.id });
    const copy = await api<unknown[]>(t, u, 'POST', '/diary/copy', {
      fromDate: '2026-03-11',
      toDate: '2026-03-12',
    });
    expect(copy.body).toHaveLength(1);
  });

  it("every tracking module exports and erases the user's data", async () => {
    expect((await api(t, u, 'GET', '/summary/daily?date=2026-03-10')).status).toBe(200);
    expect((await api(t, u, 'GET', '/summary/weekly?weekOf=2026-03-10')).status).toBe(200);
    const registry = t.app.get(PrivacyRegistry);
    const modules = registry.list().map((h) => h.module);
    expect(modules).toEqual(expect.arrayContaining(['goals', 'meals', 'activities', 'workouts']));
    const exported = (await registry.exportAll(u.id)) as {
      meals: { diary: { entries: unknown[] }; plans: unknown[] };
      goals: { body: { weights: unknown[] } };
    };
    expect(exported.meals.diary.entries.length).toBeGreaterThan(0);
    expect(exported.meals.plans.length).toBeGreaterThan(0);
    expect(exported.goals.body.weights.length).toBe(1);
    for (const h of registry
      .list()
      .filter((x) => ['goals', 'meals', 'activities', 'workouts'].includes(x.module)))
      await h.erase(u.id);
    const after = (await registry.exportAll(u.id)) as typeof exported;
    expect(after.meals.diary.entries).toEqual([]);
    expect(after.meals.plans).toEqual([]);
    expect(after.goals.body.weights).toEqual([]);
    const redis = t.app.get<Redis>(REDIS);
    const keys = await redis.keys(`${t.config.REDIS_KEY_PREFIX}*`);
    expect(keys.filter((k) => k.includes(u.id))).toEqual([]);
  });
});
