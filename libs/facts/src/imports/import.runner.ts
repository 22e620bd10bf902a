import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@welness/platform';
import { ProductsRepository } from '../catalogue/products.repository';
import { ProductCache } from '../lookup/product.cache';
import { ImportMetrics } from './import.metrics';
import { openSource } from './import-source';
import { ImportsRepository, type ImportProgress } from './imports.repository';
import { batchLines, type LineBatch } from './line-batcher';
import { NormalizePool, type NormalizedBatch } from './normalize.pool';
import type { ProductImport, RejectBucket } from './product-import.entity';
import { csvHeader } from './record-parser';

export const REJECT_LINE_TOO_LONG = 'line too long';
const SAMPLES_PER_REASON = 5;
const LOG_EVERY_MS = 5000;

export class ImportInterruptedError extends Error {
  constructor() {
    super('import interrupted; it resumes from its checkpoint');
  }
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (row: ImportProgress & { totalBytes: number | null }) => void;
}

function addReject(rejects: Record<string, RejectBucket>, reason: string, line: number, detail: string): void {
  const bucket = (rejects[reason] ??= { count: 0, samples: [] });
  bucket.count += 1;
  if (bucket.samples.length < SAMPLES_PER_REASON) bucket.samples.push({ line, detail });
}

/**
 * Streams one OFF export into the catalogue: read → split into line batches → parse and
 * normalize on worker threads → write in order → checkpoint. A batch is checkpointed only
 * after it is written, so a crash re-applies at most the batches in flight, and writes are
 * replace-by-code, so re-applying them changes nothing.
 */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger(ImportRunner.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly imports: ImportsRepository,
    private readonly products: ProductsRepository,
    private readonly cache: ProductCache,
    private readonly metrics: ImportMetrics,
  ) {}

  async run(importId: string, options: RunOptions = {}): Promise<ProductImport> {
    const row = await this.imports.get(importId);
    if (!row) throw new Error(`import ${importId} does not exist`);
    if (row.status === 'completed') return row;
    const source = await openSource(row.source, {
      resumeOffset: row.checkpointOffset,
      userAgent: this.config.FACTS_OFF_USER_AGENT,
      signal: options.signal,
    });
    await this.imports.markStarted(importId, source.totalBytes);
    const seeked = source.startOffset > 0;
    const progress: ImportProgress = {
      bytesRead: source.bytesRead(),
      checkpointLine: row.checkpointLine,
      checkpointOffset: row.checkpointOffset,
      processed: row.processed,
      inserted: row.inserted,
      updated: row.updated,
      rejected: row.rejected,
      rejects: row.rejects ?? {},
      header: row.header,
      rowsPerSecond: null,
      etaSeconds: null,
    };
    const syntax = row.format === 'csv' ? 'csv' : 'json';
    const pool = new NormalizePool(this.config.FACTS_IMPORT_THREADS, {
      target: { mongoUrl: this.config.MONGO_URL, dbName: this.config.MONGO_DB },
      write: (entries) => this.products.upsertMany(entries),
    });
    const started = Date.now();
    const processedAtStart = progress.processed;
    const bytesAtStart = progress.bytesRead;
    let lastLog = started;
    this.metrics.active.inc();
    this.logger.log(
      `import ${importId} ${row.checkpointLine > 0 ? `resuming after line ${row.checkpointLine}` : 'starting'}: ${row.source} (${row.format}, ${pool.threads} threads)`,
    );

    // Batches are parsed on worker threads in parallel and written in file order, each
    // followed by its checkpoint.
    const commit = async (batch: LineBatch, parsed: NormalizedBatch): Promise<void> => {
      const outcome = await pool.write(parsed);
      await this.cache.invalidate(outcome.codes);
      for (const r of parsed.rejects) {
        addReject(progress.rejects, r.reason, r.line, r.detail);
        this.metrics.rejects.inc({ reason: r.reason });
      }
      // A stop request lands between write and checkpoint on purpose: the resumed run
      // re-applies this batch, which the replace-by-code writes make harmless.
      if (options.signal?.aborted) throw new ImportInterruptedError();
      progress.processed += parsed.processed;
      progress.inserted += outcome.inserted;
      progress.updated += outcome.updated;
      progress.rejected += parsed.rejects.length;
      progress.checkpointLine = batch.lastLine;
      progress.checkpointOffset = batch.endOffset;
      const read = source.bytesRead();
      this.metrics.bytes.inc(Math.max(0, read - progress.bytesRead));
      progress.bytesRead = read;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      progress.rowsPerSecond = Math.round((progress.processed - processedAtStart) / seconds);
      const bytesPerSecond = (read - bytesAtStart) / seconds;
      progress.etaSeconds =
        source.totalBytes !== null && bytesPerSecond > 0 ? Math.max(0, Math.round((source.totalBytes - read) / bytesPerSecond)) : null;
      await this.imports.saveProgress(importId, progress);
      this.metrics.rows.inc({ outcome: 'inserted' }, outcome.inserted);
      this.metrics.rows.inc({ outcome: 'updated' }, outcome.updated);
      this.metrics.rows.inc({ outcome: 'rejected' }, parsed.rejects.length);
      this.metrics.rowsPerSecond.set(progress.rowsPerSecond);
      if (source.totalBytes) this.metrics.progress.set(read / source.totalBytes);
      if (progress.etaSeconds !== null) this.metrics.eta.set(progress.etaSeconds);
      options.onProgress?.({ ...progress, totalBytes: source.totalBytes });
      if (Date.now() - lastLog >= LOG_EVERY_MS) {
        lastLog = Date.now();
        this.logger.log({ msg: 'import progress', importId, ...this.summary(progress), totalBytes: source.totalBytes });
      }
    };

    const inflight: Promise<[LineBatch, NormalizedBatch]>[] = [];
    try {
      const batches = batchLines(source.stream, {
        batchSize: this.config.FACTS_IMPORT_BATCH_SIZE,
        startLine: seeked ? row.checkpointLine : 0,
        startOffset: source.startOffset,
        skipUntilOffset: row.checkpointOffset,
        onHeader: syntax === 'csv' ? (line) => (progress.header = csvHeader(line)) : undefined,
        onOversizedLine: (line) => addReject(progress.rejects, REJECT_LINE_TOO_LONG, line, 'line exceeds 32 MiB'),
      });
      for await (const batch of batches) {
        if (options.signal?.aborted) throw new ImportInterruptedError();
        if (syntax === 'csv' && !progress.header) throw new Error('CSV source has no header line');
        const job = pool
          .normalize({ bytes: batch.bytes, firstLine: batch.firstLine, syntax, header: progress.header, importId, storedAtMs: Date.now() })
          .then((parsed): [LineBatch, NormalizedBatch] => [batch, parsed]);
        job.catch(() => undefined); // awaited in order below; avoid an unhandled rejection meanwhile
        inflight.push(job);
        if (inflight.length >= pool.depth) await commit(...(await inflight.shift()!));
      }
      while (inflight.length > 0) await commit(...(await inflight.shift()!));
      // Rejected oversized lines never reach a batch; count them here.
      progress.rejected = Object.values(progress.rejects).reduce((n, b) => n + b.count, 0);
      progress.bytesRead = source.bytesRead();
      progress.etaSeconds = 0;
      await this.imports.finish(importId, { ...progress, status: 'completed', error: null });
      this.logger.log({ msg: 'import completed', importId, ...this.summary(progress) });
      return (await this.imports.get(importId))!;
    } finally {
      source.stream.destroy();
      await pool.close();
      this.metrics.active.dec();
    }
  }

  private summary(p: ImportProgress): Record<string, number | null> {
    return { processed: p.processed, inserted: p.inserted, updated: p.updated, rejected: p.rejected, bytesRead: p.bytesRead, rowsPerSecond: p.rowsPerSecond, etaSeconds: p.etaSeconds };
  }
}
