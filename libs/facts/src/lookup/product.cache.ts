import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, REDIS } from '@welness/platform';
import Redis from 'ioredis';
import type { CatalogueProduct } from '../catalogue/product.document';
import { lookupAliases } from './lookup-aliases';
import { LookupInvalidationChannel } from './lookup-invalidation.channel';
import { LookupMemoryCache } from './lookup-memory.cache';

const KEY = 'facts:lookup:';
const GENERATION = 'facts:lookup-gen:';
const MISS = '0';
const INVALIDATE_CHUNK = 500;
/**
 * How long an invalidation is remembered for fills in flight. A fill reads the catalogue
 * right after its cache miss (milliseconds); a minute is far beyond that, and the keys of a
 * large import expire soon after it.
 */
const GENERATION_TTL_SECONDS = 60;

/**
 * Stores a fill only if the code's generation is still the one seen at the cache miss: a
 * lookup that read the catalogue before an import replaced the product must not put the old
 * product back into Redis after the import's invalidation (it would be served for an hour).
 */
const FILL_SCRIPT = `
local generation = redis.call('GET', KEYS[2]) or ''
if generation ~= ARGV[3] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return 1`;

/** KEYS: generation and value key of each input form, in pairs; ARGV[1]: generation TTL. */
const INVALIDATE_SCRIPT = `
for i = 1, #KEYS, 2 do
  redis.call('INCR', KEYS[i])
  redis.call('EXPIRE', KEYS[i], ARGV[1])
  redis.call('UNLINK', KEYS[i + 1])
end
return #KEYS / 2`;

export type CachedLookup = { hit: CatalogueProduct } | { miss: true } | null;

/** A cache read, with what a later fill of the same input must present. */
export interface CacheRead {
  cached: CachedLookup;
  /** The input's invalidation generation at the read ('' when none is remembered). */
  generation: string;
}

type ScriptedRedis = Redis & {
  factsLookupFill(key: string, generationKey: string, value: string, ttl: number, generation: string): Promise<number>;
  factsLookupInvalidate(numKeys: number, ...keysThenTtl: (string | number)[]): Promise<number>;
};
type Cached = Exclude<CachedLookup, null>;

/**
 * Told of every catalogue invalidation: one made in this process ('local': Redis is already
 * updated, other instances are not told yet) or one from another instance, or a possibly missed
 * one ('remote').
 */
export type InvalidationListener = (origin: 'local' | 'remote') => Promise<void> | void;

const MISS_ENTRY: Cached = Object.freeze({ miss: true as const });

/**
 * A product held in memory is handed to every request (and to other modules' mappers) that
 * hits it: frozen, an accidental mutation throws instead of changing what the next caller sees.
 */
export function deepFreeze<T>(value: T): T {
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
  private readonly listeners: InvalidationListener[] = [];

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    if (!('factsLookupFill' in redis)) {
      redis.defineCommand('factsLookupFill', { numberOfKeys: 2, lua: FILL_SCRIPT });
      redis.defineCommand('factsLookupInvalidate', { lua: INVALIDATE_SCRIPT });
    }
    this.memoryEnabled = this.enabled && config.FACTS_MEMORY_CACHE_ENTRIES > 0 && config.FACTS_MEMORY_CACHE_TTL_SECONDS > 0;
    this.memory = new LookupMemoryCache<Cached>(this.memoryEnabled ? config.FACTS_MEMORY_CACHE_ENTRIES : 0);
    this.channel = new LookupInvalidationChannel(redis, `${config.REDIS_KEY_PREFIX}${KEY}invalidations`, {
      codes: (codes) => {
        this.memory.delete(codes.flatMap(lookupAliases));
        void this.notify('remote');
      },
      reset: () => {
        this.memory.clear();
        void this.notify('remote');
      },
    });
  }

  get enabled(): boolean {
    return this.config.FACTS_CACHE_TTL_SECONDS > 0;
  }

  /** True while lookups are kept in this process: enabled, and the invalidation subscription stands. */
  get memoryLive(): boolean {
    return this.memoryEnabled && this.channel.live;
  }

  /**
   * Caches derived from the whole catalogue (search pages) hang off these invalidations: every
   * write to the catalogue goes through `invalidate`.
   */
  onInvalidate(listener: InvalidationListener): void {
    this.listeners.push(listener);
  }

  /** Subscribes to other instances' invalidations (once); true while the subscription stands. */
  listenForInvalidations(): boolean {
    this.channel.start();
    return this.channel.live;
  }

  async get(input: string): Promise<CacheRead> {
    if (!this.enabled) return { cached: null, generation: '' };
    if (this.memoryEnabled) {
      const local = this.memory.get(input);
      if (local) return { cached: local, generation: '' };
      this.channel.start();
    }
    // Read before the round trip: an invalidation while it is in flight makes the answer unstorable.
    const memoryGeneration = this.memory.generation;
    let cached: Cached;
    let generation: string;
    try {
      const [value, seen] = await this.redis.mget(KEY + input, GENERATION + input);
      generation = seen ?? '';
      if (value === null) return { cached: null, generation };
      cached = value === MISS ? MISS_ENTRY : { hit: JSON.parse(value) as CatalogueProduct };
    } catch (err) {
      this.logger.warn(`cache read failed: ${(err as Error).message}`);
      // Unknown generation: a fill must not be stored.
      return { cached: null, generation: 'unknown' };
    }
    if (this.memoryLive) this.memory.setIfGeneration(memoryGeneration, input, deepFreeze(cached), this.memoryTtlMs(cached));
    return { cached, generation };
  }

  /** Caches a catalogue product for `input`, unless it was invalidated since `read`. */
  async setHit(input: string, product: CatalogueProduct, read: CacheRead): Promise<void> {
    if (!this.enabled) return;
    await this.fill(input, JSON.stringify(product), this.config.FACTS_CACHE_TTL_SECONDS, read);
  }

  /** Caches "unknown" for `input`, unless it was invalidated since `read`. */
  async setMiss(input: string, read: CacheRead): Promise<void> {
    if (!this.enabled || this.config.FACTS_NEGATIVE_CACHE_TTL_SECONDS === 0) return;
    await this.fill(input, MISS, this.config.FACTS_NEGATIVE_CACHE_TTL_SECONDS, read);
  }

  /** Drops cached answers (hits and misses) for every input that resolves to these codes, everywhere. */
  async invalidate(codes: readonly string[]): Promise<void> {
    if (codes.length === 0) return;
    const aliases = [...new Set(codes.flatMap(lookupAliases))];
    try {
      for (let i = 0; i < aliases.length; i += INVALIDATE_CHUNK) {
        const chunk = aliases.slice(i, i + INVALIDATE_CHUNK);
        // Generation and unlink in one script (atomic, one round trip): a fill that read the
        // old product is refused whether it lands before or after the unlink.
        const keys = chunk.flatMap((alias) => [GENERATION + alias, KEY + alias]);
        await (this.redis as ScriptedRedis).factsLookupInvalidate(keys.length, ...keys, GENERATION_TTL_SECONDS);
      }
    } catch (err) {
      this.logger.warn(`cache invalidation failed: ${(err as Error).message}`);
    }
    // After the unlink, so that a fill which read the old value from Redis is discarded.
    this.memory.delete(aliases);
    // Before the publish: another instance that drops its memory on the message must then find
    // Redis already invalidated, or it could refill its memory from the stale entry.
    await this.notify('local');
    await this.channel.publish(codes);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.channel.close();
  }

  private async notify(origin: 'local' | 'remote'): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(origin);
      } catch (err) {
        this.logger.warn(`invalidation listener failed: ${(err as Error).message}`);
      }
    }
  }

  private memoryTtlMs(cached: Cached): number {
    const redisTtl = 'hit' in cached ? this.config.FACTS_CACHE_TTL_SECONDS : this.config.FACTS_NEGATIVE_CACHE_TTL_SECONDS;
    return Math.min(this.config.FACTS_MEMORY_CACHE_TTL_SECONDS, redisTtl) * 1000;
  }

  private async fill(input: string, value: string, ttl: number, read: CacheRead): Promise<void> {
    try {
      await (this.redis as ScriptedRedis).factsLookupFill(KEY + input, GENERATION + input, value, ttl, read.generation);
    } catch (err) {
      this.logger.warn(`cache write failed: ${(err as Error).message}`);
    }
  }
}
