import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { Db } from 'mongodb';
import { AppConfig } from '../config/config.schema';
import { APP_CONFIG } from '../config/config.module';
import { PostgresPing } from '../database/postgres.ping';
import { withTimeout } from '../errors/with-timeout';
import { MONGO_DB } from '../mongo/mongo.module';
import { REDIS } from '../redis/redis.module';

export type DependencyName = 'postgres' | 'redis' | 'mongodb';

export interface DependencyStatus {
  name: DependencyName;
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

export interface Readiness {
  status: 'ready' | 'unready';
  checks: DependencyStatus[];
}

/** Each store is probed in parallel with its own timeout, so one hung store cannot stall the answer. */
@Injectable()
export class HealthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly postgres: PostgresPing,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(MONGO_DB) private readonly mongo: Db,
  ) {}

  async readiness(): Promise<Readiness> {
    const checks = await Promise.all([
      this.probe('postgres', () => this.postgres.ping()),
      this.probe('redis', () => this.redis.ping()),
      this.probe('mongodb', () => this.mongo.command({ ping: 1 })),
    ]);
    return { status: checks.every((c) => c.status === 'up') ? 'ready' : 'unready', checks };
  }

  private async probe(name: DependencyName, run: () => Promise<unknown>): Promise<DependencyStatus> {
    const started = performance.now();
    try {
      await withTimeout(run(), this.config.HEALTH_CHECK_TIMEOUT_MS);
      return { name, status: 'up', latencyMs: round(performance.now() - started) };
    } catch (err) {
      return { name, status: 'down', latencyMs: round(performance.now() - started), error: errorText(err) };
    }
  }
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
// Only the error's class of failure goes out: driver messages can carry hostnames and users.
const errorText = (err: unknown): string => (err instanceof Error ? err.message.slice(0, 120) : 'unknown error');
