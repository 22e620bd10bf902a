import type { ConnectionOptions } from 'bullmq';
import { AppConfig } from '../config/config.schema';

/** BullMQ makes its own connections (blocking ones for workers); it gets options, not a client. */
export function bullConnection(config: Pick<AppConfig, 'REDIS_URL'>): ConnectionOptions {
  const url = new URL(config.REDIS_URL);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: Number(url.pathname.replace('/', '') || 0),
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
    connectTimeout: 2000,
    // BullMQ's default backs off to 20 s between reconnects, so after an outage the queues would
    // stay stalled that long after Redis is back; retry as the app's own client does.
    retryStrategy: (times: number) => Math.min(times * 200, 2000),
  };
}

export const bullPrefix = (config: Pick<AppConfig, 'REDIS_KEY_PREFIX'>): string => `${config.REDIS_KEY_PREFIX}bull`;
