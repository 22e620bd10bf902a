import type { MongoIndexes } from '@welness/platform';
import type { Collection, Document, IndexDescription } from 'mongodb';

/**
 * Creates the indexes a collection lacks, one spec per command, through the platform's
 * serialized MongoIndexes. Re-sending several specs in one createIndexes when some already
 * exist crashes FerretDB 1.24's handler (it drops the connection), so a restart must only
 * send the missing ones.
 */
export async function ensureMissingIndexes<T extends Document>(
  indexes: MongoIndexes,
  collection: Collection<T>,
  specs: readonly IndexDescription[],
): Promise<string[]> {
  const existing = new Set(
    (await collection.listIndexes().toArray().catch(() => [] as { name?: string }[])).map((i) => i.name),
  );
  const missing = specs.filter((spec) => !spec.name || !existing.has(spec.name));
  for (const spec of missing) await indexes.ensure(collection.collectionName, [spec]);
  return missing.map((spec) => spec.name ?? JSON.stringify(spec.key));
}
