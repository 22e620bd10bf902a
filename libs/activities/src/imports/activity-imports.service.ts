import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  JobHandler,
  MetricsService,
  ProblemException,
  QueueService,
  notFound,
} from '@welness/platform';
import type { Counter } from 'prom-client';
import { type Job, UnrecoverableError } from 'bullmq';
import { ActivityCsvImporter } from './activity-csv.importer';
import type { ActivityImport, ImportCounts, ImportKind } from './activity-import.entity';
import { ActivityImportsRepository } from './activity-imports.repository';
import { AppleHealthImporter } from './apple-health.importer';
import { ImportOutcome, ProgressFn, importRate } from './import-progress';

interface ImportJobData {
  importId: string;
}

/** Uploads land on disk (never in memory); a job parses them and reports progress. */
@Injectable()
export class ActivityImportsService {
  private readonly logger = new Logger(ActivityImportsService.name);
  private readonly finished: Counter<'kind' | 'status'>;
  private readonly rows: Counter<'kind' | 'type'>;

  constructor(
    private readonly imports: ActivityImportsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queues: QueueService,
    private readonly apple: AppleHealthImporter,
    private readonly csv: ActivityCsvImporter,
    metrics: MetricsService,
  ) {
    this.finished = metrics.counter(
      'activity_imports_total',
      'Activity imports finished, by kind and status',
      ['kind', 'status'],
    );
    this.rows = metrics.counter('activity_import_rows_total', 'Rows written by activity imports', [
      'kind',
      'type',
    ]);
  }

  async startCsv(userId: string, text: string): Promise<ActivityImport> {
    const path = await this.newPath('csv');
    await writeFile(path, text, 'utf8');
    return this.enqueue(userId, 'csv', path, Buffer.byteLength(text));
  }

  /** Streams an upload to disk; `truncated` tells whether the size limit cut it off. */
  async startAppleHealth(
    userId: string,
    upload: Readable & { truncated?: boolean },
  ): Promise<ActivityImport> {
    const path = await this.newPath('xml');
    try {
      await pipeline(upload, createWriteStream(path));
      if (upload.truncated) {
        throw new ProblemException(
          413,
          'upload-too-large',
          'Upload too large',
          `Imports are limited to ${this.config.ACTIVITY_IMPORT_MAX_BYTES} bytes.`,
        );
      }
    } catch (err) {
      await rm(path, { force: true });
      throw err;
    }
    return this.enqueue(userId, 'apple-health', path, (await stat(path)).size);
  }

  async get(userId: string, id: string): Promise<ActivityImport> {
    const row = await this.imports.findOwned(userId, id);
    if (!row) throw notFound('Import');
    return row;
  }

  list(userId: string): Promise<ActivityImport[]> {
    return this.imports.latest(userId, 50);
  }

  async erase(userId: string): Promise<void> {
    for (const row of await this.imports.listAll(userId)) await rm(row.filePath, { force: true });
    await this.imports.erase(userId);
  }

  @JobHandler('activities', 'activities.import-csv')
  async runCsv(job: Job<ImportJobData>): Promise<ImportCounts> {
    return this.run(job, (row, progress) => this.csv.run(row.userId, row.filePath, progress));
  }

  @JobHandler('activities', 'activities.import-apple-health')
  async runAppleHealth(job: Job<ImportJobData>): Promise<ImportCounts> {
    return this.run(job, (row, progress) => this.apple.run(row.userId, row.filePath, progress));
  }

  private async run(
    job: Job<ImportJobData>,
    work: (row: ActivityImport, progress: ProgressFn) => Promise<ImportOutcome>,
  ): Promise<ImportCounts> {
    const row = await this.imports.find(job.data.importId);
    if (!row) return { activities: 0, stepDays: 0, weights: 0, skipped: 0 };
    const startedAt = new Date();
    await this.imports.update(row.id, { status: 'running', error: null, startedAt });
    const elapsed = () => Date.now() - startedAt.getTime();
    try {
      const outcome = await work(row, async (p) => {
        const progress = p.bytesTotal
          ? Math.min(100, Math.round((p.bytesRead / p.bytesTotal) * 1000) / 10)
          : 100;
        await this.imports.update(row.id, {
          bytesRead: p.bytesRead,
          progress,
          counts: { ...p.counts },
          rowsProcessed: p.rows,
          rejects: [...p.rejects],
          ...importRate(p, elapsed()),
        });
        await job.updateProgress(progress);
      });
      const { activities, stepDays, weights, skipped } = outcome.counts;
      await this.imports.update(row.id, {
        status: 'completed',
        progress: 100,
        bytesRead: row.bytesTotal,
        counts: { activities, stepDays, weights, skipped },
        rowsProcessed: outcome.rows,
        rejects: [...outcome.rejects],
        ...importRate(
          { rows: outcome.rows, bytesRead: row.bytesTotal, bytesTotal: row.bytesTotal },
          elapsed(),
        ),
        finishedAt: new Date(),
      });
      this.finished.inc({ kind: row.kind, status: 'completed' });
      this.rows.inc({ kind: row.kind, type: 'activities' }, activities);
      this.rows.inc({ kind: row.kind, type: 'step_days' }, stepDays);
      this.rows.inc({ kind: row.kind, type: 'weights' }, weights);
      await rm(row.filePath, { force: true });
      return outcome.counts;
    } catch (err) {
      const message = (err as Error).message.slice(0, 500);
      this.logger.warn({ importId: row.id, err: message });
      const final = err instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await this.imports.update(row.id, {
        status: final ? 'failed' : 'queued',
        error: message,
        etaSeconds: null,
        finishedAt: final ? new Date() : null,
      });
      if (final) {
        this.finished.inc({ kind: row.kind, status: 'failed' });
        await rm(row.filePath, { force: true });
      }
      throw err;
    }
  }

  private async newPath(ext: string): Promise<string> {
    const dir = join(this.config.IMPORTS_DIR, 'activities');
    await mkdir(dir, { recursive: true });
    return join(dir, `${randomUUID()}.${ext}`);
  }

  private async enqueue(
    userId: string,
    kind: ImportKind,
    filePath: string,
    bytesTotal: number,
  ): Promise<ActivityImport> {
    const row = await this.imports.insertQueued({ userId, kind, filePath, bytesTotal });
    try {
      await this.queues.add(
        'activities',
        kind === 'csv' ? 'activities.import-csv' : 'activities.import-apple-health',
        { importId: row.id } satisfies ImportJobData,
        {
          jobId: row.id,
        },
      );
    } catch (err) {
      // Queue unreachable (Redis down): the request fails (503) and the client retries, so no
      // import row may stay "queued" forever with no job behind it.
      await this.imports.delete(row.id);
      await rm(filePath, { force: true });
      throw err;
    }
    return row;
  }
}
