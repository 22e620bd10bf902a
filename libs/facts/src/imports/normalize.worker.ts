import { parentPort } from 'node:worker_threads';
import { parseBatch, type RecordSyntax } from './record-parser';

export interface NormalizeRequest {
  id: number;
  bytes: Uint8Array;
  firstLine: number;
  syntax: RecordSyntax;
  header: string[] | null;
  importId: string | null;
  storedAtMs: number;
  /** Return counts only (benchmarks with the sink disabled): no documents cross threads. */
  countOnly: boolean;
}

// Runs in a worker thread: parse + normalize are CPU-bound, the main thread keeps the I/O.
parentPort?.on('message', (req: NormalizeRequest) => {
  try {
    const parsed = parseBatch(req);
    const result = req.countOnly ? { ...parsed, docs: [], docCount: parsed.docs.length } : { ...parsed, docCount: parsed.docs.length };
    parentPort?.postMessage({ id: req.id, result });
  } catch (err) {
    parentPort?.postMessage({ id: req.id, error: (err as Error).message });
  }
});
