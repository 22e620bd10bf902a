import { MongoClient, type Db } from 'mongodb';
import { parentPort, workerData } from 'node:worker_threads';
import { writeCatalogueEntries } from '../catalogue/catalogue.writer';
import type { CatalogueEntry, ProductDocument, SourceDocument } from '../catalogue/product.document';
import { PRODUCTS_COLLECTION, SOURCES_COLLECTION } from '../catalogue/catalogue.collections';
import { parseBatch, type BatchInput } from './record-parser';
import type { CatalogueTarget, WorkerReply, WorkerRequest } from './normalize.protocol';

/**
 * Runs in a worker thread: parse + normalize are CPU-bound, and the documents they build are
 * written from here, so they never cross to the main thread (no copy, no second heap holding
 * them). The main thread only orders the writes and keeps the checkpoints.
 */
const target = (workerData as { target: CatalogueTarget | null } | undefined)?.target ?? null;
const held = new Map<number, CatalogueEntry[]>();
let db: Db | null = null;

function database(): Db {
  if (!target) throw new Error('this pool has no catalogue to write to');
  if (!db) {
    // Two connections: writes are ordered by the main thread, one at a time per thread.
    const client = new MongoClient(target.mongoUrl, { maxPoolSize: 2, serverSelectionTimeoutMS: 10_000 });
    db = client.db(target.dbName);
  }
  return db;
}

async function handle(req: WorkerRequest): Promise<WorkerReply> {
  switch (req.type) {
    case 'normalize': {
      const parsed = parseBatch(req as BatchInput);
      if (req.keep) held.set(req.id, parsed.docs);
      return { id: req.id, normalized: { processed: parsed.processed, rejects: parsed.rejects, docCount: parsed.docs.length } };
    }
    case 'write': {
      const docs = held.get(req.id) ?? [];
      held.delete(req.id);
      const store = database();
      const outcome = await writeCatalogueEntries(
        store.collection<ProductDocument>(PRODUCTS_COLLECTION),
        store.collection<SourceDocument>(SOURCES_COLLECTION),
        docs,
      );
      return { id: req.id, written: { ...outcome, codes: docs.map((d) => d.product._id) } };
    }
  }
}

parentPort?.on('message', (req: WorkerRequest) => {
  handle(req).then(
    (reply) => parentPort?.postMessage(reply),
    (err: unknown) => parentPort?.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
