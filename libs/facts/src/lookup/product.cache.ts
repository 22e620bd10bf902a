import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, REDIS } from '@welness/platform';
import Redis from 'ioredis';
import type { CatalogueProduct } from '../catalogue/product.document';
import { lookupAliases } from './lookup-aliases';

const KEY = 'facts:lookup:';
const MISS = '0';
const UNLINK_CHUNK = 1000;

export type CachedLookup = { hit: CatalogueProduct } | { miss: true } | null;

/**
 * Barcode lookups by the digits asked for, positive and negative. Writes to a code drop
 * every input that resolves to it (lookupAliases), so an import or a user addition is
 * visible at once. Redis trouble degrades to "not cached", never to an error.
 */
@Injectable()
export class ProductCache {
  private readonly logger = new Logger(ProductCache.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.FACTS_CACHE_TTL_SECONDS > 0;
  }

  async get(input: string): Promise<CachedLookup> {
    if (!this.enabled) return null;
    try {
      const value = await this.redis.get(KEY + input);
      if (value === null) return null;
      return value === MISS ? { miss: true } : { hit: JSON.parse(value) as CatalogueProduct };
    } catch (err) {
      this.logger.warn(`cache read failed: ${(err as Error).message}`);
      return null;
    }
  }

  async setHit(input: string, product: CatalogueProduct): Promise<void> {
    if (!this.enabled) return;
    await this.write(KEY + input, JSON.stringify(product), this.config.FACTS_CACHE_TTL_SECONDS);
  }

  async setMiss(input: string): Promise<void> {
    if (!this.enabled || this.config.FACTS_NEGATIVE_CACHE_TTL_SECONDS === 0) return;
    await this.write(KEY + input, MISS, this.config.FACTS_NEGATIVE_CACHE_TTL_SECONDS);
  }

  /** Drops cached answers (hits and misses) for every input that resolves to these codes. */
  async invalidate(codes: readonly string[]): Promise<void> {
    if (codes.length === 0) return;
    const keys = [...new Set(codes.flatMap(lookupAliases))].map((alias) => KEY + alias);
    try {
      for (let i = 0; i < keys.length; i += UNLINK_CHUNK) await this.redis.unlink(...keys.slice(i, i + UNLINK_CHUNK));
    } catch (err) {
      this.logger.warn(`cache invalidation failed: ${(err as Error).message}`);
    }
  }

  private async write(key: string, value: string, ttl: number): Promise<void> {
    try {
      await this.redis.set(key, value, 'EX', ttl);
    } catch (err) {
      this.logger.warn(`cache write failed: ${(err as Error).message}`);
    }
  }
}
