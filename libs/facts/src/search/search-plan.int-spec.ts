import { createIsolatedStores, type IsolatedStores } from '@welness/testing';
import { MongoClient, type Collection } from 'mongodb';
import { classifyRecord, normalizeProduct } from '../domain';
import { PRODUCTS_COLLECTION, PRODUCT_INDEXES } from '../catalogue/products.repository';
import { toCatalogueEntry, type ProductDocument } from '../catalogue/product.document';
import type { ProductsRepository } from '../catalogue/products.repository';
import type { UserProductsRepository } from '../user-products/user-products.repository';
import { readRecords } from '../../test/off-fixtures';
import { ProductSearchService } from './product-search.service';
import type { SearchPageCache } from './search-page.cache';

/**
 * Search sends one top-level equality on an array element (`keywordPrefixes` or `brandKeys`).
 * MongoDB and DocumentDB answer it from the multikey `keyword_prefix_rank` / `brand_rank`
 * indexes; FerretDB 1.24 pushes it down to PostgreSQL as `_jsonb -> 'field' @> '"word"'`, which
 * only the GIN indexes of tools/ferretdb/postgres-tuning.sql answer (else a Seq Scan over the
 * whole catalogue for every search).
 */
describe('product search is answered from an index', () => {
  let stores: IsolatedStores;
  let client: MongoClient;
  let products: Collection<ProductDocument>;
  let ferret: boolean;
  const service = new ProductSearchService(
    {} as ProductsRepository,
    {} as UserProductsRepository,
    {} as SearchPageCache,
  );

  beforeAll(async () => {
    stores = await createIsolatedStores();
    client = await MongoClient.connect(stores.env.MONGO_URL);
    products = client.db(stores.env.MONGO_DB).collection<ProductDocument>(PRODUCTS_COLLECTION);
    for (const spec of PRODUCT_INDEXES) await products.createIndexes([spec]);
    const storedAt = new Date();
    const docs = new Map<string, ProductDocument>();
    for (const raw of readRecords('off-csv-2026-random1000.jsonl')) {
      if ('reject' in classifyRecord(raw)) continue;
      const { product } = toCatalogueEntry(raw, normalizeProduct(raw), {
        origin: 'off-import',
        importId: 'plan',
        storedAt,
      });
      docs.set(product._id, product);
    }
    await products.insertMany([...docs.values()]);
    const build = await client.db('admin').command({ buildInfo: 1 });
    ferret = typeof build['ferretdbVersion'] === 'string';
  });

  afterAll(async () => {
    await client?.close();
    await stores?.drop();
  });

  /** The plan of the query ProductSearchService sends for this search. */
  async function planOf(query: { q?: string; brand?: string }): Promise<string> {
    const filter = service.filterOf(query);
    return JSON.stringify(await products.find(filter).sort({ rank: -1, _id: 1 }).limit(21).explain());
  }

  it('uses the keyword prefix index for a word search', async () => {
    const plan = await planOf({ q: 'chocolat' });
    if (ferret) {
      expect(plan).toMatch(/keywordprefixes_gin/);
      expect(plan).not.toMatch(/Seq Scan/);
    } else {
      expect(plan).toMatch(/keyword_prefix_rank/);
      expect(plan).not.toMatch(/COLLSCAN/);
    }
    // The index answers the same products a scan would.
    const found = await products.find(service.filterOf({ q: 'chocolat' })).toArray();
    const scanned = (await products.find({}).toArray()).filter((p) => p.keywordPrefixes.includes('chocolat'));
    expect(found.length).toBeGreaterThan(5);
    expect(found.map((p) => p._id).sort()).toEqual(scanned.map((p) => p._id).sort());
  });

  it('uses the brand index for a brand filter', async () => {
    const [brand] =
      (
        await products
          .find({ brandKeys: { $size: 1 } })
          .limit(1)
          .toArray()
      )[0]?.brandKeys ?? [];
    expect(brand).toBeTruthy();
    const plan = await planOf({ brand });
    if (ferret) {
      expect(plan).toMatch(/brandkeys_gin/);
      expect(plan).not.toMatch(/Seq Scan/);
    } else {
      expect(plan).toMatch(/brand_rank/);
      expect(plan).not.toMatch(/COLLSCAN/);
    }
  });
});
