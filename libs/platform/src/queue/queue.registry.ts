import type { JobsOptions, RepeatOptions } from 'bullmq';

export interface JobDefinition {
  /** Repeatable jobs are (re)scheduled by the worker at start. */
  repeat?: Omit<RepeatOptions, 'key'>;
  options?: JobsOptions;
}

export interface QueueDefinition {
  concurrency: number;
  defaultJobOptions: JobsOptions;
  jobs: Record<string, JobDefinition>;
}

const retention = { removeOnComplete: { age: 24 * 3600, count: 1000 }, removeOnFail: { age: 7 * 24 * 3600 } };

/**
 * Every queue, job, retry policy and concurrency of the platform, in one place. The worker
 * refuses to start while any job listed here has no @JobHandler.
 */
export const QUEUES = {
  system: {
    concurrency: 4,
    defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 500 }, ...retention },
    jobs: {
      'system.ping': {},
      'system.heartbeat': { repeat: { every: 30_000 }, options: { attempts: 1 } },
    },
  },
  // Agent check-ins: one repeatable job scheduler per user (cron in the user's time zone);
  // a retry is safe because a check-in already delivered that day is skipped.
  agents: {
    concurrency: 4,
    defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 2000 }, ...retention },
    jobs: {
      'agents.checkin': {},
    },
  },
  // Activity imports stream big files; one at a time per worker keeps memory flat. A retry
  // re-reads the file from the start, which is safe because rows are deduplicated.
  activities: {
    concurrency: 1,
    defaultJobOptions: { attempts: 2, backoff: { type: 'fixed', delay: 5000 }, ...retention },
    jobs: {
      'activities.import-csv': {},
      'activities.import-apple-health': {},
    },
  },
  // Open Food Facts imports: one per worker (they use every core through worker threads).
  // A retry resumes from the import's checkpoint in PostgreSQL, not from the start.
  facts: {
    concurrency: 1,
    defaultJobOptions: { attempts: 5, backoff: { type: 'fixed', delay: 1000 }, ...retention },
    jobs: {
      'facts.import': {},
    },
  },
  // Telegram: webhook/polling updates (deduplicated by update_id in PostgreSQL, so a retry or a
  // redelivery never acts twice), meal-logging reminders (one job scheduler per user, cron in
  // the user's time zone) and the daily prune of processed update ids and expired link codes.
  // Concurrency is high because handlers mostly wait on the outbound throttle (1 msg/s per chat).
  bots: {
    concurrency: 32,
    defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 1000 }, ...retention },
    jobs: {
      'bots.update': {},
      'bots.reminder': { options: { attempts: 2 } },
      'bots.prune': { repeat: { pattern: '17 3 * * *' }, options: { attempts: 1 } },
    },
  },
} as const satisfies Record<string, QueueDefinition>;

export type QueueName = keyof typeof QUEUES;
export type JobName<Q extends QueueName = QueueName> = keyof (typeof QUEUES)[Q]['jobs'] & string;

export const queueNames = (): QueueName[] => Object.keys(QUEUES) as QueueName[];
export const jobNames = (queue: QueueName): string[] => Object.keys(QUEUES[queue].jobs);
export const jobDefinition = (queue: QueueName, job: string): JobDefinition =>
  (QUEUES[queue].jobs as Record<string, JobDefinition>)[job];
