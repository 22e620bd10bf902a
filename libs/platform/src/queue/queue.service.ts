import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Job, JobsOptions, Queue } from 'bullmq';
import { AppConfig } from '../config/config.schema';
import { APP_CONFIG } from '../config/config.module';
import { bullConnection, bullPrefix } from './bullmq-connection';
import { JobName, QUEUES, QueueName, jobDefinition, queueNames } from './queue.registry';

export interface QueueCounts {
  waiting: number;
  active: number;
  failed: number;
  delayed: number;
  completed: number;
}

/** Producer side of every queue; API and worker both enqueue through it. */
@Injectable()
export class QueueService implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: { ...bullConnection(this.config), enableOfflineQueue: false },
        prefix: bullPrefix(this.config),
        defaultJobOptions: QUEUES[name].defaultJobOptions,
      });
      // Errors surface through the calls that fail; the emitter must not crash the process.
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  async add<Q extends QueueName>(queue: Q, job: JobName<Q>, data: unknown, options?: JobsOptions): Promise<Job> {
    const def = jobDefinition(queue, job);
    return this.queue(queue).add(job, data, { ...def.options, ...options });
  }

  async counts(): Promise<Record<QueueName, QueueCounts>> {
    const entries = await Promise.all(
      queueNames().map(async (name) => {
        const c = await this.queue(name).getJobCounts('waiting', 'active', 'failed', 'delayed', 'completed');
        return [name, c as unknown as QueueCounts] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<QueueName, QueueCounts>;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
  }
}
