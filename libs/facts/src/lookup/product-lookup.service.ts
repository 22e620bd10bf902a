import { Injectable, Logger } from '@nestjs/common';
import { MetricsService, ProblemException, badRequest } from '@welness/platform';
import { normalizeGtin, type NormalizedGtin } from '@welness/nutrition';
import type { Counter } from 'prom-client';
import { classifyRecord, normalizeProduct } from '../domain';
import { toCatalogueEntry, type CatalogueProduct } from '../catalogue/product.document';
import { ProductsRepository } from '../catalogue/products.repository';
import { UserProductsRepository, type UserProductDocument } from '../user-products/user-products.repository';
import { OffApiClient } from './off-api.client';
import { ProductCache, type CacheRead } from './product.cache';

export interface ResolvedProduct {
  /** Read-only: a cache hit is the very (frozen) object every other request gets. */
  product: CatalogueProduct;
  /** Present for products users typed in rather than Open Food Facts data. */
  contributor: { ownedByCaller: boolean } | null;
}

type Outcome = 'cache_hit' | 'catalogue' | 'user' | 'live' | 'not_found';

/** Parses a typed or scanned barcode, or answers 400 saying what is wrong with it. */
export function parseBarcode(input: string): NormalizedGtin {
  const parsed = normalizeGtin(input);
  if (!parsed.ok) throw badRequest('invalid-barcode', parsed.message, { reason: parsed.reason });
  return parsed.value;
}

/** The first stored product in the order of the candidate keys (exact code first). */
function pickBest<T extends { code: string }>(found: readonly T[], keys: readonly string[]): T | undefined {
  for (const key of keys) {
    const match = found.find((p) => p.code === key);
    if (match) return match;
  }
  return undefined;
}

function fromUserProduct(doc: UserProductDocument): CatalogueProduct {
  const { ownerId: _o, shared: _s, label: _l, createdAt: _c, updatedAt: _u, ...product } = doc;
  return { ...product, _id: doc.code };
}

/**
 * Barcode → product: cache, catalogue (every GTIN form OFF may have stored), the caller's or
 * shared user-added products, then (when enabled) the live OFF API, whose answer is stored.
 */
@Injectable()
export class ProductLookupService {
  private readonly logger = new Logger(ProductLookupService.name);
  /** One child per outcome, bound once: labelled inc() would hash the labels on every lookup. */
  private readonly lookups: Record<Outcome, { inc(): void }>;

  constructor(
    private readonly products: ProductsRepository,
    private readonly userProducts: UserProductsRepository,
    private readonly cache: ProductCache,
    private readonly off: OffApiClient,
    metrics: MetricsService,
  ) {
    const counter: Counter<'outcome'> = metrics.counter('facts_lookups_total', 'Barcode lookups by how they were answered', ['outcome']);
    const outcomes: Outcome[] = ['cache_hit', 'catalogue', 'user', 'live', 'not_found'];
    this.lookups = Object.fromEntries(outcomes.map((o) => [o, counter.labels(o)])) as Record<Outcome, { inc(): void }>;
  }

  async findByBarcode(input: string, userId?: string): Promise<ResolvedProduct> {
    const gtin = parseBarcode(input);
    const result = await this.resolve(gtin, userId);
    this.lookups[result.outcome].inc();
    if (!result.product) {
      throw new ProblemException(404, 'product-not-found', 'Product not found', `No product is known under barcode ${gtin.digits}.`, {
        barcode: gtin.digits,
      });
    }
    return result.product;
  }

  private async resolve(gtin: NormalizedGtin, userId?: string): Promise<{ product?: ResolvedProduct; outcome: Outcome }> {
    const read = await this.cache.get(gtin.digits);
    const { cached } = read;
    if (cached && 'hit' in cached) return { product: { product: cached.hit, contributor: null }, outcome: 'cache_hit' };
    if (!cached) {
      // The exact code first: it is the usual hit, and on FerretDB every key costs a scan.
      const [exact, ...others] = gtin.lookupKeys;
      const stored =
        pickBest(await this.products.findByCodes([exact]), [exact]) ??
        (others.length ? pickBest(await this.products.findByCodes(others), others) : undefined);
      if (stored) {
        await this.cache.setHit(gtin.digits, stored, read);
        return { product: { product: stored, contributor: null }, outcome: 'catalogue' };
      }
    }
    // A cached miss covers the catalogue and shared user products (saving a user product
    // drops it); only the caller's own private products are still worth a query then.
    if (cached && !userId) return { outcome: 'not_found' };
    const visible = await this.userProducts.findVisible(gtin.lookupKeys, userId, cached ? 'own' : 'own-and-shared');
    const own = pickBest(visible, gtin.lookupKeys);
    if (own) {
      return { product: { product: fromUserProduct(own), contributor: { ownedByCaller: own.ownerId === userId } }, outcome: 'user' };
    }
    if (cached) return { outcome: 'not_found' };
    const live = await this.fromLiveOff(gtin, read);
    if (live) return { product: { product: live, contributor: null }, outcome: 'live' };
    return { outcome: 'not_found' };
  }

  /** Asks OFF, stores what it knows in the catalogue; remembers a definite "unknown". */
  private async fromLiveOff(gtin: NormalizedGtin, read: CacheRead): Promise<CatalogueProduct | null> {
    const code = gtin.format === 'UPC-A' ? `0${gtin.digits}` : gtin.digits;
    const answer = await this.off.fetchProduct(code);
    if ('found' in answer) {
      const classified = classifyRecord(answer.found);
      if ('reject' in classified) {
        this.logger.warn(`OFF returned an unusable record for ${code}: ${classified.reject}`);
      } else {
        const entry = toCatalogueEntry(answer.found, normalizeProduct(answer.found), {
          origin: 'off-live',
          importId: null,
          storedAt: new Date(),
        });
        await this.products.upsertMany([entry]);
        await this.cache.invalidate([entry.product._id]);
        const [stored] = await this.products.findByCodes([entry.product._id]);
        if (stored) return stored;
      }
    }
    // Only a definite answer is cached: a skipped call (budget, outage) may succeed later.
    if (!('skipped' in answer) || answer.skipped === 'disabled') await this.cache.setMiss(gtin.digits, read);
    return null;
  }
}
