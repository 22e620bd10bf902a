import { Injectable, OnModuleInit } from '@nestjs/common';
import { withTimeout } from '../errors/with-timeout';
import { QueueService } from '../queue/queue.service';
import { MetricsService } from './metrics.service';

const STATES = ['waiting', 'active', 'failed', 'delayed'] as const;

/** Reads BullMQ counts at scrape time; a Redis outage costs at most 500 ms of a scrape. */
@Injectable()
export class QueueMetricsCollector implements OnModuleInit {
  constructor(
    private readonly metrics: MetricsService,
    private readonly queues: QueueService,
  ) {}

  onModuleInit(): void {
    const gauge = this.metrics.queueJobs;
    const queues = this.queues;
    const errors = this.metrics.scrapeErrors;
    // prom-client calls collect() on every scrape; `this` inside is the gauge.
    Object.assign(gauge, {
      async collect(): Promise<void> {
        try {
          const counts = await withTimeout(queues.counts(), 500);
          for (const [queue, c] of Object.entries(counts)) {
            for (const state of STATES) gauge.set({ queue, state }, c[state]);
          }
        } catch {
          errors.inc({ collector: 'queue_jobs' });
        }
      },
    });
  }
}
