import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import Redis from 'ioredis';
import { REDIS } from '../redis/redis.module';
import { JobHandler } from './job-handler.decorator';

export const WORKER_HEARTBEAT_KEY = 'worker:heartbeat';

/** Jobs of the platform itself: a round-trip probe and the worker's liveness heartbeat. */
@Injectable()
export class SystemJobs {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  @JobHandler('system', 'system.ping')
  async ping(job: Job<{ echo?: string }>): Promise<{ echo: string | null; pid: number }> {
    return { echo: job.data?.echo ?? null, pid: process.pid };
  }

  @JobHandler('system', 'system.heartbeat')
  async heartbeat(): Promise<void> {
    await this.redis.set(WORKER_HEARTBEAT_KEY, String(Date.now()), 'EX', 120);
  }
}
