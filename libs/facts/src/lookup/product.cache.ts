import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, REDIS } from '@welness/platform';
import Redis from 'ioredis';
import type { CatalogueProduct } from '../catalogue/product.document';
import { lookupAliases } from './lookup-aliases';
import { LookupInvalidationChannel } from './lookup-invalidation.channel';
import { LookupMemoryCache } from './lookup-memory.cache';

const KEY = 'facts:lookup:';
const MISS = '0';
const UNLINK_CHUNK = 1000;

export type CachedLookup = { hit: CatalogueProduct } | { miss: true } | null;
type Cached = Exclude<CachedLookup, null>;

const MISS_ENTRY: Cached = Object.freeze({ miss: true as const });

/**
 * A product held in memory is handed to every request (and to other modules' mappers) that
 * hits it: frozen, an accidental mutation throws instead of changing what the next caller sees.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Barcode lookups by the digits asked for, positive and negative: in Redis (shared by every
 * instance) and, for the hottest codes, briefly in this process (LookupMemoryCache), which
 * spares the round trip and the JSON.parse. Writes to a code drop every input that resolves
 * to it (lookupAliases) in Redis, here, and — over pub/sub — in every other instance, so an
 * import or a user addition is visible at once. Redis trouble degrades to "not cached", never
 * to an error.
 *
 * Only catalogue products and misses are cached, never user-contributed products: a cached
 * entry is the same for every caller, so it can never show one user's private product to another.
 */
@Injectable()
export class ProductCache implements OnApplicationShutdown {
  private readonly logger = new Logger(ProductCache.name);
  private readonly memory: LookupMemoryCache<Cached>;
  private readonly channel: LookupInvalidationChannel;
  private readonly memoryEnabled: boolean;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.memoryEnabled = this.enabled && config.FACTS_MEMORY_CACHE_ENTRIES > 0 && config.FACTS_MEMORY_CACHE_TTL_SECONDS > 0;
    this.memory = new LookupMemoryCache<Cached>(this.memoryEnabled ? config.FACTS_MEMORY_CACHE_ENTRIES : 0);
    this.channel = new LookupInvalidationChannel(redis, `${config.REDIS_KEY_PREFIX}${KEY}invalidations`, {
      codes: (codes) => this.memory.delete(codes.flatMap(lookupAliases)),
      reset: () => this.memory.clear(),
    });
  }

  get enabled(): boolean {
    return this.config.FACTS_CACHE_TTL_SECONDS > 0;
  }

  /** True while lookups are kept in this process: enabled, and the invalidation subscription stands. */
  get memoryLive(): boolean {
    return this.memoryEnabled && this.channel.live;
  }

  async get(input: string): Promise<CachedLookup> {
    if (!this.enabled) return null;
    if (this.memoryEnabled) {
      const local = this.memory.get(input);
      if (local) return local;
      this.channel.start();
    }
    // Read before the round trip: an invalidation while it is in flight makes the answer unstorable.
    const generation = this.memory.generation;
    let cached: Cached;
    try {
      const value = await this.redis.get(KEY + input);
      if (value === null) return null;
      cached = value === MISS ? MISS_ENTRY : { hit: JSON.parse(value) as CatalogueProduct };
    } catch (err) {
      this.logger.warn(`cache read failed: ${(err as Error).message}`);
      return null;
    }
    if (this.memoryLive) this.memory.setIfGeneration(generation, input, deepFreeze(cached), this.memoryTtlMs(cached));
    return cached;
  }

  async setHit(input: string, product: CatalogueProduct): Promise<void> {
    if (!this.enabled) return;
    await this.write(KEY + input, JSON.stringify(product), this.config.FACTS_CACHE_TTL_SECONDS);
  }

  async setMiss(input: string): Promise<void> {
    if (!this.enabled || this.config.FACTS_NEGATIVE_CACHE_TTL_SECONDS === 0) return;
    await this.write(KEY + input, MISS, this.config.FACTS_NEGATIVE_CACHE_TTL_SECONDS);
  }

  /** Drops cached answers (hits and misses) for every input that resolves to these codes, everywhere. */
  async invalidate(codes: readonly string[]): Promise<void> {
    if (codes.length === 0) return;
    const aliases = [...new Set(codes.flatMap(lookupAliases))];
    const keys = aliases.map((alias) => KEY + alias);
    try {
      for (let i = 0; i < keys.length; i += UNLINK_CHUNK) await this.redis.unlink(...keys.slice(i, i + UNLINK_CHUNK));
    } catch (err) {
      this.logger.warn(`cache invalidation failed: ${(err as Error).message}`);
    }
    // After the unlink, so that a fill which read the old value from Redis is discarded.
    this.memory.delete(aliases);
    await this.channel.publish(codes);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.channel.close();
  }

  private memoryTtlMs(cached: Cached): number {
    const redisTtl = 'hit' in cached ? this.config.FACTS_CACHE_TTL_SECONDS : this.config.FACTS_NEGATIVE_CACHE_TTL_SECONDS;
    return Math.min(this.config.FACTS_MEMORY_CACHE_TTL_SECONDS, redisTtl) * 1000;
  }

  private async write(key: string, value: string, ttl: number): Promise<void> {
    try {
      await this.redis.set(key, value, 'EX', ttl);
    } catch (err) {
      this.logger.warn(`cache write failed: ${(err as Error).message}`);
    }
  }
}
