import { MetricsService, loadConfig, type AppConfig } from '@welness/platform';
import { createIsolatedStores, type IsolatedStores } from '@welness/testing';
import Redis, { type RedisOptions } from 'ioredis';
import type { CatalogueProduct } from '../catalogue/product.document';
import { ProductCache } from '../lookup/product.cache';
import { SearchPageCache } from './search-page.cache';

const product = (code: string, name: string): CatalogueProduct =>
  ({ _id: code, code, name, rank: 1 }) as unknown as CatalogueProduct;
const QUERY = { filter: { keywordPrefixes: 'choc' }, limit: 21 };

/** One "instance": its own Redis connection, lookup cache (and pub/sub channel) and search cache. */
interface Instance {
  redis: Redis;
  lookups: ProductCache;
  pages: SearchPageCache;
}

/** Runs a search through `pages`, answering from `catalogue` on a miss; says whether it was asked. */
async function search(
  pages: SearchPageCache,
  catalogue: CatalogueProduct[],
): Promise<{ names: string[]; loaded: boolean }> {
  let loaded = false;
  const items = await pages.page(QUERY, async () => {
    loaded = true;
    return catalogue;
  });
  return { names: items.map((p) => p.name ?? ''), loaded };
}

describe('SearchPageCache against catalogue writes (real Redis)', () => {
  let stores: IsolatedStores;
  let config: AppConfig;
  const instances: Instance[] = [];
  let space = 0;

  /** Each test has a key space of its own (within the stores' prefix, which drop() clears). */
  beforeEach(() => {
    space += 1;
    config = loadConfig({
      NODE_ENV: 'test',
      ...stores.env,
      REDIS_KEY_PREFIX: `${stores.env.REDIS_KEY_PREFIX}${space}:`,
    });
  });

  function instance(overrides: Record<string, string> = {}, redisOptions: RedisOptions = {}): Instance {
    const own = loadConfig({
      NODE_ENV: 'test',
      ...stores.env,
      REDIS_KEY_PREFIX: config.REDIS_KEY_PREFIX,
      ...overrides,
    });
    const redis = new Redis(own.REDIS_URL, { keyPrefix: own.REDIS_KEY_PREFIX, ...redisOptions });
    const lookups = new ProductCache(redis, own);
    const made = { redis, lookups, pages: new SearchPageCache(redis, own, lookups, new MetricsService()) };
    instances.push(made);
    return made;
  }

  beforeAll(async () => {
    stores = await createIsolatedStores();
  });

  afterAll(async () => {
    for (const i of instances) {
      await i.lookups.onApplicationShutdown();
      i.redis.disconnect();
    }
    await stores?.drop();
  });

  it('serves a repeated search from Redis, and reads the catalogue again after any catalogue write', async () => {
    const { lookups, pages } = instance({ FACTS_MEMORY_CACHE_ENTRIES: '0' });
    expect(await search(pages, [product('1', 'Old chocolate')])).toEqual({
      names: ['Old chocolate'],
      loaded: true,
    });
    expect(await search(pages, [product('1', 'Changed behind the cache')])).toEqual({
      names: ['Old chocolate'],
      loaded: false,
    });

    // An import batch writes some other product: every page may have changed.
    await lookups.invalidate(['5000000000000']);
    expect(await search(pages, [product('2', 'New chocolate'), product('1', 'Old chocolate')])).toEqual({
      names: ['New chocolate', 'Old chocolate'],
      loaded: true,
    });
    expect((await search(pages, [])).loaded).toBe(false);
  });

  it('never stores a page read while a write was under way', async () => {
    const { lookups, pages } = instance();
    // The catalogue answers the old page, and the import's invalidation lands before the fill.
    const racing = await pages.page(QUERY, async () => {
      await lookups.invalidate(['5000000000000']);
      return [product('1', 'Before the import')];
    });
    expect(racing.map((p) => p.name)).toEqual(['Before the import']);
    // Neither Redis nor this process's memory may answer with it now.
    expect(await search(pages, [product('1', 'After the import')])).toEqual({
      names: ['After the import'],
      loaded: true,
    });
  });

  it('drops pages held in another instance memory as soon as a write is published', async () => {
    const a = instance();
    const b = instance();
    await vi.waitFor(() => expect(b.lookups.listenForInvalidations()).toBe(true), { timeout: 5000 });
    expect((await search(b.pages, [product('1', 'Old chocolate')])).loaded).toBe(true);
    // b now answers from its own memory, even with Redis emptied behind its back.
    const redis = new Redis(config.REDIS_URL);
    const keys = await redis.keys(`${config.REDIS_KEY_PREFIX}facts:search:*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys);
    redis.disconnect();
    expect(await search(b.pages, [product('1', 'Changed')])).toEqual({
      names: ['Old chocolate'],
      loaded: false,
    });

    await a.lookups.invalidate(['5000000000000']);
    // Pub/sub delivery is asynchronous, but far within the memory TTL (30 s).
    await vi.waitFor(
      async () =>
        expect(await search(b.pages, [product('2', 'New chocolate')])).toEqual({
          names: ['New chocolate'],
          loaded: true,
        }),
      {
        timeout: 3000,
        interval: 50,
      },
    );
  });

  it('answers from the catalogue, without error, while Redis is unreachable', async () => {
    const down = instance(
      { REDIS_URL: 'redis://127.0.0.1:1' },
      { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null },
    );
    down.redis.on('error', () => undefined);
    expect(await search(down.pages, [product('1', 'Chocolate')])).toEqual({
      names: ['Chocolate'],
      loaded: true,
    });
    expect(await search(down.pages, [product('1', 'Chocolate again')])).toEqual({
      names: ['Chocolate again'],
      loaded: true,
    });
    await expect(down.lookups.invalidate(['5000000000000'])).resolves.toBeUndefined();
  });

  it('is off with FACTS_SEARCH_CACHE_TTL_SECONDS=0', async () => {
    const { pages } = instance({ FACTS_SEARCH_CACHE_TTL_SECONDS: '0' });
    expect((await search(pages, [product('1', 'One')])).loaded).toBe(true);
    expect(await search(pages, [product('1', 'Two')])).toEqual({ names: ['Two'], loaded: true });
  });
});
