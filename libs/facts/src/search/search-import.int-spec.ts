import { createTestApp, type TestApp } from '@welness/testing';
import { MongoClient } from 'mongodb';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportRunner } from '../imports/import.runner';
import { ImportsService } from '../imports/imports.service';
import { ProductCache } from '../lookup/product.cache';
import { makeImportsDir, readRecords } from '../../test/off-fixtures';

/**
 * Search pages are cached (Redis, and popular ones in each API process). Two API instances on the
 * same stores: an import through one must change what both answer at once, not after a TTL.
 */
describe('cached search pages after an import', () => {
  let a: TestApp;
  let b: TestApp;
  const base = Object.fromEntries(
    Object.entries(readRecords('off-dump-2026-sample100.jsonl')[1]).filter(
      ([k]) => !k.startsWith('product_name_'),
    ),
  );

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

  const names = async (t: TestApp, q: string): Promise<string[]> => {
    const res = await fetch(`${t.url}/api/v1/products?q=${encodeURIComponent(q)}&limit=10`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: { name: string }[] }).items.map((p) => p.name).sort();
  };

  async function importDelta(t: TestApp, products: { code: string; name: string }[]): Promise<void> {
    const path = join(t.config.IMPORTS_DIR, `delta-search-${Date.now()}.jsonl`);
    writeFileSync(
      path,
      products
        .map(({ code, name }) => JSON.stringify({ ...base, code, _id: code, product_name: name }))
        .join('\n') + '\n',
    );
    const row = await t.app.get(ImportsService, { strict: false }).create(path, 'delta', null);
    expect((await t.app.get(ImportRunner, { strict: false }).run(row.id)).status).toBe('completed');
  }

  it('shows what an import added or changed, through every instance, at once', async () => {
    await importDelta(a, [{ code: '4006381333931', name: 'Zebracake Original' }]);
    expect(await names(b, 'zebracake')).toEqual(['Zebracake Original']);
    // b's subscription to invalidations stands, so the next answer is kept in its memory too.
    await vi.waitFor(
      () => expect(b.app.get(ProductCache, { strict: false }).listenForInvalidations()).toBe(true),
      { timeout: 5000 },
    );
    expect(await names(b, 'zebracake')).toEqual(['Zebracake Original']);

    // Behind every cache's back: both instances keep answering the cached page (b from memory, a from Redis).
    const mongo = await MongoClient.connect(a.config.MONGO_URL);
    await mongo
      .db(a.config.MONGO_DB)
      .collection<{ _id: string }>('products')
      .updateOne({ _id: '4006381333931' }, { $set: { name: 'Zebracake behind the caches' } });
    await mongo.close();
    expect(await names(b, 'zebracake')).toEqual(['Zebracake Original']);
    expect(await names(a, 'zebracake')).toEqual(['Zebracake Original']);

    // An import of another product outdates every page: both now read the catalogue as it is.
    await importDelta(a, [{ code: '5901234123457', name: 'Zebracake Deluxe' }]);
    const now = ['Zebracake Deluxe', 'Zebracake behind the caches'];
    expect(await names(a, 'zebracake')).toEqual(now);
    // Delivery to b is asynchronous (pub/sub), but far within the 30 s memory TTL.
    await vi.waitFor(async () => expect(await names(b, 'zebracake')).toEqual(now), {
      timeout: 3000,
      interval: 50,
    });
    expect(await names(b, 'zebra deluxe')).toEqual(['Zebracake Deluxe']);
  });
});
