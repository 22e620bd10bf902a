import { createTestApp, signUp, type TestApp, type TestUser } from '@welness/testing';
import { join } from 'node:path';
import { ImportsService } from '../imports/imports.service';
import { ImportRunner } from '../imports/import.runner';
import { makeImportsDir } from '../../test/off-fixtures';

const label = (code: string, shared = false) => ({
  code,
  name: 'Oat biscuits',
  brands: ['Home Bakery'],
  servingSize: '25 g',
  servingQuantityG: 25,
  categories: ['en:biscuits'],
  allergens: ['en:gluten'],
  nutrientsPer100g: { energyKcal: 450, fat: 18, saturatedFat: 8, carbohydrates: 62, sugars: 22, fiber: 6, proteins: 8, salt: 0.8 },
  shared,
});

describe('user-added products', () => {
  let t: TestApp;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    const dir = makeImportsDir();
    t = await createTestApp({ IMPORTS_DIR: dir });
    const row = await t.app.get(ImportsService, { strict: false }).create(join(dir, 'off-dump-2026-sample100.jsonl'), undefined, null);
    await t.app.get(ImportRunner, { strict: false }).run(row.id);
    alice = await signUp(t);
    bob = await signUp(t);
  }, 300_000);
  afterAll(async () => t?.close());

  const post = (user: TestUser | null, body: unknown) =>
    fetch(`${t.url}/api/v1/products`, { method: 'POST', headers: user ? user.headers : { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const lookup = (code: string, user?: TestUser) => fetch(`${t.url}/api/v1/products/${code}`, { headers: user?.auth ?? {} });

  it('needs a signed-in user', async () => {
    expect((await post(null, label('5901234123457'))).status).toBe(401);
  });

  it('is visible to its author only, scored with the same Nutri-Score code', async () => {
    const code = '5901234123457';
    expect((await lookup(code, alice)).status).toBe(404); // also caches the catalogue miss
    const res = await post(alice, label(code));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { userContributed: boolean; ownedByCaller: boolean; nutriScore: { source: string; grade: string; computed: { components: { negative: unknown[] } } }; nutrientsPerServing: { energyKcal: number } };
    expect(body).toMatchObject({ userContributed: true, ownedByCaller: true });
    expect(body.nutriScore.source).toBe('computed');
    expect(body.nutriScore.grade).toMatch(/^[a-e]$/);
    expect(body.nutriScore.computed.components.negative.length).toBeGreaterThan(0);
    expect(body.nutrientsPerServing.energyKcal).toBeCloseTo(112.5, 1);

    const own = await lookup(code, alice);
    expect(own.status).toBe(200);
    expect(((await own.json()) as { source: { name: string } }).source.name).toBe('Welness AI user');
    expect((await lookup(code, bob)).status).toBe(404);
    expect((await lookup(code)).status).toBe(404);
  });

  it('is visible to everyone, marked user-contributed, when shared', async () => {
    const code = '5901234123464';
    expect((await post(alice, label(code, true))).status).toBe(201);
    const seen = await lookup(code, bob);
    expect(seen.status).toBe(200);
    expect(await seen.json()).toMatchObject({ userContributed: true, ownedByCaller: false });
    expect((await lookup(code)).status).toBe(200);
  });

  it('is found by search for its author (and for everyone once shared), and saving twice keeps one product', async () => {
    const search = async (q: string, user?: TestUser) => {
      const res = await fetch(`${t.url}/api/v1/products?q=${encodeURIComponent(q)}`, { headers: user?.auth ?? {} });
      expect(res.status).toBe(200);
      return ((await res.json()) as { items: { code: string; userContributed: boolean; ownedByCaller: boolean }[] }).items;
    };
    const privateCode = '5901234123488';
    const sharedCode = '5901234123495';
    const spread = { ...label(privateCode), name: 'Zorblat hazelnut spread', brands: ['Qwix'] };
    expect((await post(alice, spread)).status).toBe(201);
    // A retry (double tap, lost response) replaces the same product rather than adding one.
    expect((await post(alice, spread)).status).toBe(201);
    expect((await search('zorblat', alice)).map((p) => p.code)).toEqual([privateCode]);
    expect((await search('zorbl haz', alice))[0]).toMatchObject({ code: privateCode, userContributed: true, ownedByCaller: true });
    expect((await search('qwix', alice)).map((p) => p.code)).toEqual([privateCode]);
    expect(await search('zorblat', bob)).toEqual([]);
    expect(await search('zorblat')).toEqual([]);
    expect((await lookup(privateCode, alice)).status).toBe(200);

    expect((await post(alice, { ...spread, code: sharedCode, name: 'Zorblat cocoa spread', shared: true })).status).toBe(201);
    expect((await search('zorblat cocoa', bob)).map((p) => [p.code, p.ownedByCaller])).toEqual([[sharedCode, false]]);
    expect((await search('zorblat')).map((p) => p.code)).toEqual([sharedCode]);
    const mine = (await (await fetch(`${t.url}/api/v1/products/contributions`, { headers: alice.auth })).json()) as { items: { code: string }[] };
    expect(mine.items.filter((p) => p.code === privateCode)).toHaveLength(1);
    for (const code of [privateCode, sharedCode]) {
      expect((await fetch(`${t.url}/api/v1/products/contributions/${code}`, { method: 'DELETE', headers: alice.auth })).status).toBe(204);
    }
  });

  it('validates the label values and refuses codes the catalogue knows', async () => {
    const bad = await post(alice, { ...label('5901234123471'), nutrientsPer100g: { energyKcal: 100, fat: 60, carbohydrates: 50, proteins: 10, sugars: 70 } });
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['nutrientsPer100g.sugars', 'nutrientsPer100g', 'nutrientsPer100g.energyKcal']),
    );
    expect((await post(alice, { ...label('5901234123471'), nutrientsPer100g: { fat: 101, carbohydrates: 0, proteins: 0 } })).status).toBe(400);
    expect((await post(alice, { ...label('12ab') })).status).toBe(400);
    expect((await post(alice, label('0000101209159'))).status).toBe(409);
  });

  it('is part of the author\'s export and erase', async () => {
    const exported = await fetch(`${t.url}/api/v1/me/export`, { headers: alice.auth });
    expect(exported.status).toBe(200);
    const { modules } = (await exported.json()) as { modules: { facts: { userProducts: { code: string }[] } } };
    expect(modules.facts.userProducts.map((p) => p.code).sort()).toEqual(['5901234123457', '5901234123464']);
    const list = (await (await fetch(`${t.url}/api/v1/products/contributions`, { headers: alice.auth })).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(2);

    const erased = await fetch(`${t.url}/api/v1/me`, { method: 'DELETE', headers: alice.headers, body: JSON.stringify({ password: alice.password }) });
    expect(erased.status).toBe(204);
    expect((await lookup('5901234123464', bob)).status).toBe(404);
  });
});
