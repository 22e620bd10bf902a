import type { CloudWatchClient, MetricDatum } from '@aws-sdk/client-cloudwatch';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/config.schema';
import { APP_CONFIG } from '../config/config.module';
import { withTimeout } from '../errors/with-timeout';
import { QueueService } from './queue.service';

export const QUEUE_DEPTH_METRIC = 'WaitingJobs';
export const CLOUDWATCH = Symbol('CLOUDWATCH');
const PERIOD_MS = 60_000;

/**
 * AWS autoscaling of the worker on queue depth (infra/: a target-tracking policy on waiting jobs
 * per running task). CloudWatch cannot see inside Redis, so every worker puts the waiting-job
 * count — the total, and per queue — into QUEUE_DEPTH_CLOUDWATCH_NAMESPACE once a minute. All
 * workers read the same Redis, so the policy uses the Maximum statistic. Off when the namespace
 * is empty (every install but AWS).
 */
@Injectable()
export class QueueDepthPublisher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('QueueDepthPublisher');
  private timer?: NodeJS.Timeout;
  private failing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queues: QueueService,
    @Inject(CLOUDWATCH) private readonly cloudwatch: CloudWatchClient | null,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.QUEUE_DEPTH_CLOUDWATCH_NAMESPACE || !this.cloudwatch) return;
    this.timer = setInterval(() => void this.publish(), PERIOD_MS);
    this.timer.unref();
    void this.publish();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One datapoint per queue and the total; never throws (a missed minute only delays scaling). */
  async publish(): Promise<void> {
    if (!this.cloudwatch) return;
    try {
      const { PutMetricDataCommand } = await import('@aws-sdk/client-cloudwatch');
      const counts = await withTimeout(this.queues.counts(), 5000);
      const timestamp = new Date();
      const perQueue: MetricDatum[] = Object.entries(counts).map(([queue, c]) => ({
        MetricName: QUEUE_DEPTH_METRIC,
        Dimensions: [{ Name: 'Queue', Value: queue }],
        Value: c.waiting,
        Unit: 'Count',
        Timestamp: timestamp,
      }));
      const total = perQueue.reduce((sum, d) => sum + (d.Value ?? 0), 0);
      await this.cloudwatch.send(
        new PutMetricDataCommand({
          Namespace: this.config.QUEUE_DEPTH_CLOUDWATCH_NAMESPACE,
          MetricData: [{ MetricName: QUEUE_DEPTH_METRIC, Value: total, Unit: 'Count', Timestamp: timestamp }, ...perQueue],
        }),
      );
      if (this.failing) this.logger.log('queue depth published to CloudWatch again');
      this.failing = false;
    } catch (err) {
      if (!this.failing) this.logger.warn(`queue depth not published to CloudWatch: ${(err as Error).message}`);
      this.failing = true;
    }
  }
}

/**
 * The publisher's CloudWatch client (region from AWS_REGION, credentials from the task role), or
 * null when publishing is off — the SDK is then never loaded, which keeps boot fast.
 */
export const cloudWatchClientProvider = {
  provide: CLOUDWATCH,
  inject: [APP_CONFIG],
  useFactory: async (config: AppConfig): Promise<CloudWatchClient | null> => {
    if (!config.QUEUE_DEPTH_CLOUDWATCH_NAMESPACE) return null;
    const { CloudWatchClient } = await import('@aws-sdk/client-cloudwatch');
    return new CloudWatchClient(config.AWS_REGION ? { region: config.AWS_REGION } : {});
  },
};
