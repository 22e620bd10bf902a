import { createTestApp, signUp, type TestApp } from '@welness/testing';
import Redis from 'ioredis';
import { MongoClient } from 'mongodb';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportRunner } from '../imports/import.runner';
import { ImportsService } from '../imports/imports.service';
import { makeImportsDir, readRecords } from '../../test/off-fixtures';
import { ProductCache } from './product.cache';

/**
 * Two API instances on the same stores, each with its in-process lookup cache: a write through
 * one must be visible through the other at once, not after FACTS_MEMORY_CACHE_TTL_SECONDS.
 */
describe('lookup cache across instances', () => {
  let a: TestApp;
  let b: TestApp;
  const base = Object.fromEntries(Object.entries(readRecords('off-dump-2026-sample100.jsonl')[1]).filter(([k]) => !k.startsWith('product_name_')));

  beforeAll(async () => {
    const dir = makeImportsDir();
    a = await createTestApp({ IMPORTS_DIR: dir });
    // Same databases and Redis prefix as `a` (its own isolated stores stay unused).
    b = await createTestApp({ ...a.stores.env, IMPORTS_DIR: dir });
  }, 300_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const get = (t: TestApp, code: string, headers: Record<string, string> = {}) => fetch(`${t.url}/api/v1/products/${code}`, { headers });
  const nameOf = async (t: TestApp, code: string): Promise<string> => ((await (await get(t, code)).json()) as { name: string }).name;

  async function importDelta(t: TestApp, code: string, name: string): Promise<void> {
    const path = join(t.config.IMPORTS_DIR, `delta-${code}-${Date.now()}.jsonl`);
    writeFileSync(path, `${JSON.stringify({ ...base, code, _id: code, product_name: name })}\n`);
    const row = await t.app.get(ImportsService, { strict: false }).create(path, 'delta', null);
    expect((await t.app.get(ImportRunner, { strict: false }).run(row.id)).status).toBe('completed');
  }

  /** Makes `t` hold the answer for `code` in its own memory (subscription up, then a Redis hit). */
  async function warm(t: TestApp, code: string): Promise<void> {
    await get(t, code);
    await vi.waitFor(() => expect(t.app.get(ProductCache, { strict: false }).memoryLive).toBe(true), { timeout: 5000 });
    await get(t, code);
  }

  it('drops a product another instance re-imported', async () => {
    const code = '4006381333931';
    await importDelta(a, code, 'First name');
    await warm(b, code);
    // Behind every cache's back: only b's own memory still says "First name".
    const mongo = await MongoClient.connect(a.config.MONGO_URL);
    await mongo.db(a.config.MONGO_DB).collection<{ _id: string }>('products').updateOne({ _id: code }, { $set: { name: 'Behind the caches' } });
    await mongo.close();
    const redis = new Redis(a.config.REDIS_URL, { keyPrefix: a.config.REDIS_KEY_PREFIX });
    await redis.del(`facts:lookup:${code}`);
    redis.disconnect();
    expect(await nameOf(b, code)).toBe('First name');

    await importDelta(a, code, 'Second name');
    // Delivery is asynchronous (pub/sub), but far within the 30 s memory TTL.
    await vi.waitFor(async () => expect(await nameOf(b, code)).toBe('Second name'), { timeout: 3000, interval: 50 });
  });

  it('drops a cached "unknown" when a user shares the product through another instance, never leaking a private one', async () => {
    const code = '5901234123457';
    const label = (shared: boolean) => ({
      code,
      name: 'Oat biscuits',
      brands: ['Home Bakery'],
      categories: ['en:biscuits'],
      nutrientsPer100g: { energyKcal: 450, fat: 18, saturatedFat: 8, carbohydrates: 62, sugars: 22, fiber: 6, proteins: 8, salt: 0.8 },
      shared,
    });
    expect((await get(b, code)).status).toBe(404);
    await warm(b, code); // the miss is now in b's memory
    const alice = await signUp(a);
    const post = (shared: boolean) => fetch(`${a.url}/api/v1/products`, { method: 'POST', headers: alice.headers, body: JSON.stringify(label(shared)) });

    expect((await post(false)).status).toBe(201);
    await vi.waitFor(async () => expect((await get(b, code, alice.auth)).status).toBe(200), { timeout: 3000, interval: 50 });
    const own = (await (await get(b, code, alice.auth)).json()) as { ownedByCaller: boolean };
    expect(own.ownedByCaller).toBe(true);
    expect((await get(b, code)).status).toBe(404); // private: nobody else sees it, from any instance

    expect((await post(true)).status).toBe(201);
    await vi.waitFor(async () => expect((await get(b, code)).status).toBe(200), { timeout: 3000, interval: 50 });
    const shared = (await (await get(b, code)).json()) as { userContributed: boolean; ownedByCaller: boolean };
    expect(shared).toMatchObject({ userContributed: true, ownedByCaller: false });
  });
});
