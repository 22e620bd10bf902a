import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../config/config.schema';
import { APP_CONFIG } from '../config/config.module';

/** The app's own client: key-prefixed, fails fast so a Redis outage degrades instead of hanging. */
export const REDIS = Symbol('REDIS');

export function createRedis(config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_KEY_PREFIX'>, forBullMq = false): Redis {
  const redis = new Redis(config.REDIS_URL, {
    keyPrefix: forBullMq ? undefined : config.REDIS_KEY_PREFIX,
    // BullMQ workers require blocking commands to wait forever; app commands must fail fast.
    maxRetriesPerRequest: forBullMq ? null : 1,
    enableOfflineQueue: forBullMq,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    lazyConnect: false,
  });
  // ioredis reconnects by itself; say so once per outage instead of an unhandled-error line per retry.
  let reported = false;
  redis.on('error', (err: Error) => {
    if (!reported) new Logger('Redis').warn(`redis unavailable, reconnecting: ${err.message}`);
    reported = true;
  });
  redis.on('ready', () => {
    if (reported) new Logger('Redis').log('redis connection restored');
    reported = false;
  });
  return redis;
}

function waitReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const redis = createRedis(config);
        // Boot waits briefly for the first connection; after that an outage only degrades readiness.
        await waitReady(redis, 5000);
        return redis;
      },
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
