import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, MetricsService, REDIS } from '@welness/platform';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';
import type { CatalogueProduct } from '../catalogue/product.document';
import { LookupMemoryCache } from '../lookup/lookup-memory.cache';
import { ProductCache, deepFreeze } from '../lookup/product.cache';

const KEY = 'facts:search:';
/** The catalogue's generation: bumped by every catalogue write, it outdates every stored page. */
export const SEARCH_GENERATION_KEY = 'facts:search-gen';
/** Pages held in process memory: a page of 20 products is ~60 KB of objects. */
const MEMORY_PAGES = 200;

/** What Redis holds per page: the generation the page was read under, and the page. */
interface StoredPage {
  generation: string;
  items: CatalogueProduct[];
}

export type PageSource = 'memory' | 'redis' | 'catalogue';

/**
 * Catalogue search pages (the ranked products a filter matches, before user-added products are
 * merged in), the same for every caller: in Redis for FACTS_SEARCH_CACHE_TTL_SECONDS and, for the
 * popular ones, briefly in this process.
 *
 * A single catalogue write can change any page (a new product ranks into "choc…"), so instead of
 * finding the pages a write touched, every write outdates them all: ProductCache.invalidate, which
 * every catalogue write already calls (import batches, live OFF answers, user additions), bumps
 * the generation in Redis, and a page is served only if it was stored under the current one. A
 * page is stored under the generation read BEFORE the catalogue was queried, so a query racing a
 * write can only store a page that is already outdated. Process memory is dropped on every
 * invalidation, here or (over ProductCache's pub/sub channel) in another instance, is filled only
 * while that subscription stands, and never takes a fill that started before a drop. Redis trouble
 * means "not cached", never an error.
 */
@Injectable()
export class SearchPageCache {
  private readonly logger = new Logger(SearchPageCache.name);
  private readonly memory: LookupMemoryCache<readonly CatalogueProduct[]>;
  private readonly memoryTtlMs: number;
  /** One child per source, bound once. */
  private readonly served: Record<PageSource, { inc(): void }>;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lookups: ProductCache,
    metrics: MetricsService,
  ) {
    const counter = metrics.counter(
      'facts_searches_total',
      'Catalogue search pages by where they came from',
      ['source'],
    );
    const sources: PageSource[] = ['memory', 'redis', 'catalogue'];
    this.served = Object.fromEntries(sources.map((s) => [s, counter.labels(s)])) as Record<
      PageSource,
      { inc(): void }
    >;
    const ttl = Math.min(config.FACTS_MEMORY_CACHE_TTL_SECONDS, config.FACTS_SEARCH_CACHE_TTL_SECONDS);
    this.memoryTtlMs = config.FACTS_MEMORY_CACHE_ENTRIES > 0 ? ttl * 1000 : 0;
    this.memory = new LookupMemoryCache(this.memoryTtlMs > 0 ? MEMORY_PAGES : 0);
    lookups.onInvalidate((origin) => (origin === 'local' ? this.outdateAll() : this.memory.clear()));
  }

  get enabled(): boolean {
    return this.config.FACTS_SEARCH_CACHE_TTL_SECONDS > 0;
  }

  /**
   * The page for `query` (any JSON value naming the filter, order and size), from a cache or
   * from `load`. The returned array and its products are frozen: shared with other requests.
   */
  async page(query: unknown, load: () => Promise<CatalogueProduct[]>): Promise<readonly CatalogueProduct[]> {
    const { items, source } = await this.read(query, load);
    this.served[source].inc();
    return items;
  }

  private async read(
    query: unknown,
    load: () => Promise<CatalogueProduct[]>,
  ): Promise<{ items: readonly CatalogueProduct[]; source: PageSource }> {
    if (!this.enabled) return { items: await load(), source: 'catalogue' };
    const key = createHash('sha256').update(JSON.stringify(query)).digest('base64url');
    const local = this.memory.get(key);
    if (local) return { items: local, source: 'memory' };
    const memoryLive = this.memoryTtlMs > 0 && this.lookups.listenForInvalidations();
    // Read before the round trip: an invalidation meanwhile makes the answer unstorable here.
    const memoryGeneration = this.memory.generation;
    const remember = (items: readonly CatalogueProduct[]): void => {
      if (memoryLive) this.memory.setIfGeneration(memoryGeneration, key, items, this.memoryTtlMs);
    };

    let generation: string | null;
    try {
      const [current, value] = await this.redis.mget(SEARCH_GENERATION_KEY, KEY + key);
      generation = current ?? '0';
      const stored = value === null ? null : (JSON.parse(value) as StoredPage);
      if (stored && stored.generation === generation) {
        const items = deepFreeze(stored.items);
        remember(items);
        return { items, source: 'redis' };
      }
    } catch (err) {
      this.logger.warn(`search cache read failed: ${(err as Error).message}`);
      generation = null; // unknown: what the catalogue answers now must not be stored
    }

    const items = deepFreeze(await load());
    if (generation !== null) {
      try {
        const stored: StoredPage = { generation, items };
        await this.redis.set(
          KEY + key,
          JSON.stringify(stored),
          'EX',
          this.config.FACTS_SEARCH_CACHE_TTL_SECONDS,
        );
        remember(items);
      } catch (err) {
        this.logger.warn(`search cache write failed: ${(err as Error).message}`);
      }
    }
    return { items, source: 'catalogue' };
  }

  /** Outdates every stored page, everywhere (the caller then tells other instances). */
  private async outdateAll(): Promise<void> {
    try {
      await this.redis.incr(SEARCH_GENERATION_KEY);
    } catch (err) {
      // Pages stay until their TTL: degraded like the lookup cache, never an error for the writer.
      this.logger.warn(`search cache invalidation failed: ${(err as Error).message}`);
    }
    // After the bump: a fill that read the old generation is refused here too.
    this.memory.clear();
  }
}
