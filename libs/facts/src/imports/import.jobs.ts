import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { JobHandler } from '@welness/platform';
import type { Job } from 'bullmq';
import { ImportInterruptedError, ImportRunner } from './import.runner';
import { ImportsRepository } from './imports.repository';

export interface ImportJobData {
  importId: string;
}

/**
 * BullMQ side of imports. A shutdown stops the running import at the next batch; the job
 * then fails with attempts left, so BullMQ retries it (here or on another worker) and the
 * runner resumes from the checkpoint. A killed process leaves a stalled job that BullMQ
 * hands to the next worker the same way.
 */
@Injectable()
export class ImportJobs implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ImportJobs.name);
  private readonly stopping = new AbortController();

  constructor(
    private readonly runner: ImportRunner,
    private readonly imports: ImportsRepository,
  ) {}

  @JobHandler('facts', 'facts.import')
  async runImport(job: Job<ImportJobData>): Promise<{ processed: number; inserted: number; updated: number; rejected: number }> {
    const { importId } = job.data;
    try {
      const done = await this.runner.run(importId, {
        signal: this.stopping.signal,
        onProgress: (p) => void job.updateProgress({ processed: p.processed, bytesRead: p.bytesRead, totalBytes: p.totalBytes }).catch(() => undefined),
      });
      return { processed: done.processed, inserted: done.inserted, updated: done.updated, rejected: done.rejected };
    } catch (err) {
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1) && !(err instanceof ImportInterruptedError);
      const message = (err as Error).message;
      await this.imports
        .finish(importId, { status: finalAttempt ? 'failed' : 'queued', error: finalAttempt ? message : `${message} (will retry)` })
        .catch((e: unknown) => this.logger.warn(`could not record import state: ${String(e)}`));
      throw err;
    }
  }

  /** Before the worker starts waiting for running jobs, so the import stops at once. */
  beforeApplicationShutdown(): void {
    this.stopping.abort();
  }
}
