import type { UpsertOutcome } from '../catalogue/catalogue.writer';
import type { BatchInput, LineReject } from './record-parser';

/** The catalogue worker threads write to (each opens its own MongoClient). */
export interface CatalogueTarget {
  mongoUrl: string;
  dbName: string;
}

export type WorkerRequest =
  /** Parse + normalize; with `keep`, hold the documents for a later `write` of the same id. */
  | ({ type: 'normalize'; id: number; keep: boolean } & BatchInput)
  | { type: 'write'; id: number };

export interface NormalizedCounts {
  processed: number;
  rejects: LineReject[];
  docCount: number;
}

export type WrittenBatch = UpsertOutcome & { codes: string[] };

export interface WorkerReply {
  id: number;
  normalized?: NormalizedCounts;
  written?: WrittenBatch;
  error?: string;
}
