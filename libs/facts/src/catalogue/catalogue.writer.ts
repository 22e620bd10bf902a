import { Collection, Filter, MongoBulkWriteError, type AnyBulkWriteOperation, type Document, type WithoutId } from 'mongodb';
import type { CatalogueEntry, ProductDocument, SourceDocument } from './product.document';

export interface UpsertOutcome {
  inserted: number;
  updated: number;
}

/**
 * FerretDB 1.24 holds a PostgreSQL connection per matched replace until the whole command
 * ends and wedges when one command matches as many as its pool (20): replace in chunks.
 */
const REPLACE_CHUNK = 10;

/**
 * Insert-first upsert: one insertMany (unordered) for the batch; the codes that already
 * exist come back as duplicate-key errors and are replaced one by one (bulkWrite chunks of
 * REPLACE_CHUNK upserts). Replacing by `_id` is an index lookup on MongoDB and DocumentDB, and
 * on FerretDB with tools/ferretdb/postgres-tuning.sql applied; `deleteMany({_id: {$in}})`,
 * the alternative, is never pushed down by FerretDB and scans the collection.
 * Returns how many were new.
 */
async function insertOrReplace<T extends Document & { _id: string }>(collection: Collection<T>, docs: readonly T[]): Promise<number> {
  if (docs.length === 0) return 0;
  const duplicates = await insertNew(collection, docs);
  for (let i = 0; i < duplicates.length; i += REPLACE_CHUNK) {
    const ops = duplicates.slice(i, i + REPLACE_CHUNK).map((doc) => ({
      replaceOne: { filter: { _id: doc._id } as Filter<T>, replacement: doc as WithoutId<T>, upsert: true },
    }));
    await collection.bulkWrite(ops as AnyBulkWriteOperation<T>[], { ordered: false });
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

/**
 * Writes catalogue entries: sources first, so a stored product always has its source; the
 * last record of a code wins. Plain functions of the collections, so the import's worker
 * threads (own MongoClient each) and the repository write exactly alike.
 */
export async function writeCatalogueEntries(
  products: Collection<ProductDocument>,
  sources: Collection<SourceDocument>,
  entries: readonly CatalogueEntry[],
): Promise<UpsertOutcome> {
  const byId = new Map<string, CatalogueEntry>();
  for (const entry of entries) byId.set(entry.product._id, entry);
  const unique = [...byId.values()];
  await insertOrReplace(sources, unique.map((e) => e.source));
  const inserted = await insertOrReplace(products, unique.map((e) => e.product));
  return { inserted, updated: entries.length - inserted };
}
