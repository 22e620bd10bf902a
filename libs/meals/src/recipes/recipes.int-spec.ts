import { TestApp, TestUser, createTestApp, apiCall as api, trackedUser } from '@welness/testing';

interface Recipe {
  id: string;
  name: string;
  servings: number;
  totalGrams: number;
  perServing: { energyKcal: number; proteinG: number };
  ingredients: { kind: string; ref: string; quantity: number; unit: string }[];
}
interface Entry {
  id: string;
  slot: string;
  name: string;
  nutrients: { energyKcal: number };
}
interface Day {
  slots: Record<string, Entry[]>;
  totals: { energyKcal: number };
}

describe('recipes can be edited; meals copied between slots (real stores)', () => {
  let t: TestApp;
  let u: TestUser;
  let oats: string;
  let milk: string;

  beforeAll(async () => {
    t = await createTestApp();
    u = await trackedUser(t, 'Europe/Madrid');
    const food = async (name: string, energyKcal: number, proteinG: number) =>
      (
        await api<{ id: string }>(t, u, 'POST', '/foods', {
          name,
          per100: { energyKcal, proteinG, carbohydratesG: 10, fatG: 3 },
        })
      ).body.id;
    oats = await food('Rolled oats', 380, 13);
    milk = await food('Semi-skimmed milk', 50, 3.4);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('replaces ingredients and servings, recomputes nutrition, and leaves logged portions as they were', async () => {
    const created = await api<Recipe>(t, u, 'POST', '/recipes', {
      name: 'Porridge',
      servings: 2,
      ingredients: [
        { kind: 'food', foodId: oats, quantity: 80, unit: 'g' },
        { kind: 'food', foodId: milk, quantity: 300, unit: 'g' },
      ],
    });
    expect(created.status).toBe(201);
    // (304 + 150) / 2
    expect(created.body.perServing.energyKcal).toBeCloseTo(227, 1);
    const before = await api<Entry[]>(t, u, 'POST', `/recipes/${created.body.id}/log`, {
      slot: 'breakfast',
      date: '2026-05-04',
    });

    const edited = await api<Recipe>(t, u, 'PUT', `/recipes/${created.body.id}`, {
      name: 'Big porridge',
      servings: 3,
      ingredients: [
        { kind: 'food', foodId: oats, quantity: 120, unit: 'g' },
        { kind: 'food', foodId: milk, quantity: 300, unit: 'g' },
      ],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      id: created.body.id,
      name: 'Big porridge',
      servings: 3,
      totalGrams: 420,
    });
    // (456 + 150) / 3
    expect(edited.body.perServing.energyKcal).toBeCloseTo(202, 1);
    expect(edited.body.ingredients.map((i) => [i.kind, i.ref, i.quantity])).toEqual([
      ['food', oats, 120],
      ['food', milk, 300],
    ]);
    const list = await api<Recipe[]>(t, u, 'GET', '/recipes');
    expect(list.body.map((r) => r.name)).toEqual(['Big porridge']);

    await api(t, u, 'POST', `/recipes/${created.body.id}/log`, {
      slot: 'breakfast',
      date: '2026-05-05',
      servings: 1.5,
    });
    const earlier = await api<Day>(t, u, 'GET', '/diary?date=2026-05-04');
    expect(earlier.body.slots.breakfast.map((e) => e.id)).toEqual([before.body[0].id]);
    expect(earlier.body.totals.energyKcal).toBeCloseTo(227, 0);
    const later = await api<Day>(t, u, 'GET', '/diary?date=2026-05-05');
    expect(later.body.totals.energyKcal).toBeCloseTo(303, 0);
  });

  it('refuses a quick-add as an ingredient and answers 404 for a recipe that is not yours', async () => {
    const mine = await api<Recipe>(t, u, 'POST', '/recipes', {
      name: 'Oat milk bowl',
      servings: 1,
      ingredients: [{ kind: 'food', foodId: oats, quantity: 50, unit: 'g' }],
    });
    const quick = await api<{ type: string }>(t, u, 'PUT', `/recipes/${mine.body.id}`, {
      name: 'Oat milk bowl',
      servings: 1,
      ingredients: [{ kind: 'quick', quick: { name: 'Jam', energyKcal: 40 }, quantity: 1, unit: 'serving' }],
    });
    expect(quick.status).toBe(400);
    const other = await trackedUser(t);
    const body = {
      name: 'Stolen',
      servings: 1,
      ingredients: [{ kind: 'reference', foodKey: 'oats', quantity: 50, unit: 'g' }],
    };
    expect((await api(t, other, 'PUT', `/recipes/${mine.body.id}`, body)).status).toBe(404);
    expect((await api<Recipe>(t, u, 'GET', `/recipes/${mine.body.id}`)).body.name).toBe('Oat milk bowl');
  });

  it('copies one meal into another slot of another day, and a whole day as it was', async () => {
    await api(t, u, 'POST', '/diary/entries', {
      kind: 'food',
      foodId: oats,
      quantity: 60,
      unit: 'g',
      slot: 'lunch',
      date: '2026-05-10',
    });
    await api(t, u, 'POST', '/diary/entries', {
      kind: 'quick',
      quick: { name: 'Apple', energyKcal: 80 },
      quantity: 1,
      unit: 'serving',
      slot: 'snacks',
      date: '2026-05-10',
    });
    const meal = await api<Entry[]>(t, u, 'POST', '/diary/copy', {
      fromDate: '2026-05-10',
      fromSlot: 'lunch',
      toDate: '2026-05-11',
      toSlot: 'dinner',
    });
    expect(meal.status).toBe(201);
    const next = await api<Day>(t, u, 'GET', '/diary?date=2026-05-11');
    expect(next.body.slots.dinner.map((e) => e.name)).toEqual(['Rolled oats']);
    expect(next.body.slots.lunch).toEqual([]);
    expect(next.body.totals.energyKcal).toBeCloseTo(228, 0);

    await api(t, u, 'POST', '/diary/copy', { fromDate: '2026-05-10', toDate: '2026-05-12' });
    const whole = await api<Day>(t, u, 'GET', '/diary?date=2026-05-12');
    expect(whole.body.slots.lunch.map((e) => e.name)).toEqual(['Rolled oats']);
    expect(whole.body.slots.snacks.map((e) => e.name)).toEqual(['Apple']);
  });
});
