import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { MONGO_DB, MongoIndexes } from '@welness/platform';
import { Collection, Db, Filter, MongoBulkWriteError, type Document, type IndexDescription } from 'mongodb';
import { ensureMissingIndexes } from './mongo-indexes';
import type { CatalogueEntry, CatalogueProduct, ProductDocument, SourceDocument } from './product.document';

export const PRODUCTS_COLLECTION = 'products';
export const SOURCES_COLLECTION = 'product_sources';

/**
 * Plain and multikey indexes only: MongoDB 7, DocumentDB 5 and FerretDB 1.24 all build them
 * (no text, collation or partial indexes). Names are fixed so a restart is a no-op.
 */
export const PRODUCT_INDEXES: IndexDescription[] = [
  { key: { keywordPrefixes: 1, rank: -1, _id: 1 }, name: 'keyword_prefix_rank' },
  { key: { rank: -1, _id: 1 }, name: 'rank' },
  { key: { brandKeys: 1, rank: -1, _id: 1 }, name: 'brand_rank' },
  { key: { 'nutriScore.grade': 1 }, name: 'nutriscore_grade' },
  { key: { importId: 1 }, name: 'import' },
];

export interface UpsertOutcome {
  inserted: number;
  updated: number;
}

const READ_PROJECTION = { projection: { storedAt: 0, importId: 0, keywordPrefixes: 0 } } as const;

/**
 * Insert-first upsert: one insertMany (unordered); the codes that already exist come back
 * as duplicate-key errors and are replaced as a set: one deleteMany by `_id $in`, then one
 * insertMany. Per-document replaceOne or a multi-statement bulk upsert would be the natural
 * writes, but FerretDB 1.24 answers every `_id` equality with a sequential scan (its
 * `_jsonb->'_id' @> …` filter cannot use the btree index), so one replace per document costs
 * a whole-collection scan each, and a multi-statement `update` command leaks a PostgreSQL
 * connection per matched statement until the server wedges. A set costs one scan per batch.
 * A concurrent reader may miss a replaced code for the moment between the two commands; the
 * caller invalidates the cache after the write, so no stale miss outlives it.
 * Returns how many were new.
 */
async function insertOrReplace<T extends Document & { _id: string }>(collection: Collection<T>, docs: readonly T[]): Promise<number> {
  if (docs.length === 0) return 0;
  const duplicates = await insertNew(collection, docs);
  if (duplicates.length > 0) {
    await collection.deleteMany({ _id: { $in: duplicates.map((d) => d._id) } } as Filter<T>);
    // A writer racing us may have re-inserted some meanwhile: the rest still goes in.
    const again = await insertNew(collection, duplicates);
    for (const doc of again) await collection.replaceOne({ _id: doc._id } as Filter<T>, doc, { upsert: true });
  }
  return docs.length - duplicates.length;
}

/** insertMany (unordered); returns the documents whose code already existed. */
async function insertNew<T extends Document & { _id: string }>(collection: Collection<T>, docs: readonly T[]): Promise<T[]> {
  try {
    // The driver adds nothing to documents that carry an _id; the cast only satisfies its types.
    await collection.insertMany(docs as Parameters<Collection<T>['insertMany']>[0], { ordered: false });
    return [];
  } catch (err) {
    if (!(err instanceof MongoBulkWriteError)) throw err;
    const errors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
    if (errors.some((e) => e.code !== 11000)) throw err;
    return errors.map((e) => docs[e.index]);
  }
}

@Injectable()
export class ProductsRepository implements OnModuleInit {
  private readonly logger = new Logger(ProductsRepository.name);
  readonly collection: Collection<ProductDocument>;
  readonly sources: Collection<SourceDocument>;

  constructor(
    @Inject(MONGO_DB) db: Db,
    private readonly indexes: MongoIndexes,
  ) {
    this.collection = db.collection<ProductDocument>(PRODUCTS_COLLECTION);
    this.sources = db.collection<SourceDocument>(SOURCES_COLLECTION);
  }

  async onModuleInit(): Promise<void> {
    await this.ensureIndexes();
  }

  async ensureIndexes(): Promise<void> {
    const created = await ensureMissingIndexes(this.indexes, this.collection, PRODUCT_INDEXES);
    if (created.length) this.logger.log(`created indexes on ${PRODUCTS_COLLECTION}: ${created.join(', ')}`);
  }

  /**
   * Stored products among `codes`. One findOne per code, in parallel: equality on _id is
   * answered from the primary key everywhere, while FerretDB 1.24 scans for `$in`.
   */
  async findByCodes(codes: readonly string[]): Promise<CatalogueProduct[]> {
    const found = await Promise.all(codes.map((code) => this.collection.findOne({ _id: code }, READ_PROJECTION)));
    return found.filter((p): p is NonNullable<typeof p> => p !== null);
  }

  async findSource(code: string): Promise<string | null> {
    return (await this.sources.findOne({ _id: code }))?.source ?? null;
  }

  async search(filter: Filter<ProductDocument>, limit: number): Promise<CatalogueProduct[]> {
    return this.collection.find(filter, READ_PROJECTION).sort({ rank: -1, _id: 1 }).limit(limit).toArray();
  }

  async count(filter: Filter<ProductDocument> = {}): Promise<number> {
    return this.collection.countDocuments(filter);
  }

  /** Writes sources first, so a stored product always has its source. Last record of a code wins. */
  async upsertMany(entries: readonly CatalogueEntry[]): Promise<UpsertOutcome> {
    const byId = new Map<string, CatalogueEntry>();
    for (const entry of entries) byId.set(entry.product._id, entry);
    const unique = [...byId.values()];
    await insertOrReplace(this.sources, unique.map((e) => e.source));
    const inserted = await insertOrReplace(this.collection, unique.map((e) => e.product));
    return { inserted, updated: entries.length - inserted };
  }
}
