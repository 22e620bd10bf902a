import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { AppConfig } from '../config/config.schema';
import { APP_CONFIG } from '../config/config.module';
import { MetricsService } from '../metrics/metrics.service';
import { bullConnection, bullPrefix } from './bullmq-connection';
import { HandlerDiscovery } from './handler-discovery';
import { QUEUES, QueueName, jobDefinition, jobNames } from './queue.registry';
import { QueueService } from './queue.service';

/** Runs one BullMQ worker per registered queue; only present in worker processes. */
@Injectable()
export class WorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly discovery: HandlerDiscovery,
    private readonly queues: QueueService,
    private readonly metrics: MetricsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const handlers = this.discovery.discover();
    for (const [queue, byJob] of handlers) {
      const worker = new Worker(
        queue,
        async (job: Job) => {
          const handler = byJob.get(job.name);
          if (!handler) throw new Error(`Unknown job ${job.name} on queue ${queue}`);
          const stop = this.metrics.jobDuration.startTimer({ queue, job: job.name });
          try {
            const result = await handler(job);
            stop({ outcome: 'completed' });
            return result;
          } catch (err) {
            stop({ outcome: 'failed' });
            throw err;
          }
        },
        {
          connection: bullConnection(this.config),
          prefix: bullPrefix(this.config),
          concurrency: QUEUES[queue].concurrency,
          autorun: true,
        },
      );
      worker.on('failed', (job, err) =>
        this.logger.warn({ queue, job: job?.name, id: job?.id, attempts: job?.attemptsMade, err: err.message }),
      );
      worker.on('error', (err) => this.logger.error({ queue, err: err.message }));
      this.workers.push(worker);
      await this.scheduleRepeatables(queue);
    }
    this.logger.log(`worker started: ${[...handlers.keys()].join(', ')}`);
  }

  private async scheduleRepeatables(queue: QueueName): Promise<void> {
    for (const job of jobNames(queue)) {
      const def = jobDefinition(queue, job);
      if (!def.repeat) continue;
      await this.queues.queue(queue).upsertJobScheduler(job, def.repeat, { name: job, opts: def.options });
    }
  }

  /** Lets running jobs finish (bounded by SHUTDOWN_TIMEOUT_MS) before the stores close. */
  async onApplicationShutdown(): Promise<void> {
    const closing = Promise.allSettled(this.workers.map((w) => w.close()));
    await Promise.race([closing, delay(this.config.SHUTDOWN_TIMEOUT_MS)]);
    // Jobs still running past the deadline are abandoned to BullMQ's stalled-job recovery;
    // a Redis that is already gone must not hold the process either.
    await Promise.race([Promise.allSettled(this.workers.map((w) => w.close(true))), delay(1000)]);
  }
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());
