import Redis from 'ioredis';
import { WORKER_HEARTBEAT_KEY, loadConfig } from '@welness/platform';

/** Container health: the worker's repeatable heartbeat job ran within the last 90 s. */
async function main(): Promise<number> {
  const config = loadConfig();
  const redis = new Redis(config.REDIS_URL, { keyPrefix: config.REDIS_KEY_PREFIX, connectTimeout: 2000, maxRetriesPerRequest: 1 });
  try {
    const last = Number(await redis.get(WORKER_HEARTBEAT_KEY));
    return Date.now() - last < 90_000 ? 0 : 1;
  } finally {
    redis.disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  () => process.exit(1),
);
