import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { MONGO_DB, MongoIndexes } from '@welness/platform';
import { Collection, Db, Filter, type IndexDescription } from 'mongodb';
import { writeCatalogueEntries, type UpsertOutcome } from './catalogue.writer';
import { PRODUCTS_COLLECTION, SOURCES_COLLECTION } from './catalogue.collections';
import { ensureMissingIndexes } from './mongo-indexes';
import type { CatalogueEntry, CatalogueProduct, ProductDocument, SourceDocument } from './product.document';

export type { UpsertOutcome };

export { PRODUCTS_COLLECTION, SOURCES_COLLECTION };

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

const READ_PROJECTION = { projection: { storedAt: 0, importId: 0, keywordPrefixes: 0 } } as const;

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

  /** Whether the catalogue holds at least one product (cheap on every store: one indexed read). */
  async hasAny(): Promise<boolean> {
    return (await this.collection.findOne({}, { projection: { _id: 1 } })) !== null;
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
    return writeCatalogueEntries(this.collection, this.sources, entries);
  }
}
