import { openSource } from './import-source';
import { batchLines } from './line-batcher';
import { NormalizePool } from './normalize.pool';

/**
 * The import's own read → batch → parse + normalize stages (worker threads) with no sink: the
 * documents are dropped where they are built. Measures those stages alone (bench/facts-parse).
 */
export async function parseWithoutSink(
  path: string,
  threads: number,
  batchSize = 50,
): Promise<{ docs: number; rejected: number }> {
  const pool = new NormalizePool(threads, null);
  let docs = 0;
  let rejected = 0;
  const inflight: Promise<{ docCount: number; rejects: unknown[] }>[] = [];
  try {
    const { stream } = await openSource(path, { resumeOffset: 0, userAgent: 'bench' });
    for await (const batch of batchLines(stream, { batchSize, startLine: 0, startOffset: 0, skipUntilOffset: 0 })) {
      inflight.push(
        pool.normalize({
          bytes: batch.bytes,
          firstLine: batch.firstLine,
          syntax: 'json',
          header: null,
          importId: null,
          storedAtMs: Date.now(),
        }),
      );
      if (inflight.length >= pool.depth) {
        const r = await inflight.shift()!;
        docs += r.docCount;
        rejected += r.rejects.length;
      }
    }
    for (const p of inflight) {
      const r = await p;
      docs += r.docCount;
      rejected += r.rejects.length;
    }
  } finally {
    await pool.close();
  }
  return { docs, rejected };
}
