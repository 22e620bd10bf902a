import { loadConfig } from '@welness/platform';
import { createIsolatedStores, type IsolatedStores } from '@welness/testing';
import Redis from 'ioredis';
import type { CatalogueProduct } from '../catalogue/product.document';
import { ProductCache } from './product.cache';

const product = (name: string): CatalogueProduct => ({ _id: '3017620422003', code: '3017620422003', name }) as unknown as CatalogueProduct;

describe('ProductCache fills against a concurrent invalidation (real Redis)', () => {
  let stores: IsolatedStores;
  let redis: Redis;
  let cache: ProductCache;

  beforeAll(async () => {
    stores = await createIsolatedStores();
    const config = loadConfig({ NODE_ENV: 'test', ...stores.env, FACTS_MEMORY_CACHE_ENTRIES: '0' });
    redis = new Redis(config.REDIS_URL, { keyPrefix: config.REDIS_KEY_PREFIX });
    cache = new ProductCache(redis, config);
  });

  afterAll(async () => {
    await redis?.quit();
    await stores?.drop();
  });

  it('refuses a fill whose catalogue read predates an invalidation of the code', async () => {
    const before = await cache.get('3017620422003');
    expect(before.cached).toBeNull();
    // An import replaces the product while this lookup is reading the old one from the catalogue.
    await cache.invalidate(['3017620422003']);
    await cache.setHit('3017620422003', product('old'), before);
    expect((await cache.get('3017620422003')).cached).toBeNull();

    // The next lookup reads the new product and may store it.
    const after = await cache.get('3017620422003');
    await cache.setHit('3017620422003', product('new'), after);
    expect((await cache.get('3017620422003')).cached).toEqual({ hit: expect.objectContaining({ name: 'new' }) });
  });

  it('refuses a stale "unknown" the same way, also under another form of the code (UPC-A)', async () => {
    const code = '0074027001999';
    const before = await cache.get('074027001999');
    await cache.invalidate([code]); // a user adds the product meanwhile
    await cache.setMiss('074027001999', before);
    expect((await cache.get('074027001999')).cached).toBeNull();
    const after = await cache.get('074027001999');
    await cache.setMiss('074027001999', after);
    expect((await cache.get('074027001999')).cached).toEqual({ miss: true });
  });
});
