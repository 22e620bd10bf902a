import { randomBytes } from 'node:crypto';
import { TEST_REDIS_URL, deleteRedisPrefix } from '@welness/testing';
import { createRedis } from '../redis/redis.module';
import { ActiveUsersMetrics } from './active-users.metrics';
import { MetricsService } from './metrics.service';

/** users_active_today: distinct users per UTC day, shared by every instance through Redis. */
describe('ActiveUsersMetrics (real Redis)', () => {
  const prefix = `t${randomBytes(4).toString('hex')}:`;
  const redisA = createRedis({ REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix });
  const redisB = createRedis({ REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix });
  beforeAll(async () => {
    // The app's client fails fast instead of queueing while it connects (as the app's boot waits).
    for (let i = 0; i < 100 && !(redisA.status === 'ready' && redisB.status === 'ready'); i++) await new Promise((r) => setTimeout(r, 100));
  });
  afterAll(async () => {
    redisA.disconnect();
    redisB.disconnect();
    await deleteRedisPrefix(prefix);
  });

  const instance = (redis: typeof redisA) => {
    const metrics = new MetricsService();
    const active = new ActiveUsersMetrics(metrics, redis);
    active.onModuleInit();
    const read = async () => (await metrics.registry.getSingleMetric('users_active_today')!.get()).values[0]?.value;
    return { active, read };
  };

  it('counts each user once a day across instances', async () => {
    const a = instance(redisA);
    const b = instance(redisB);
    for (const user of ['u1', 'u2', 'u1', 'u1']) a.active.seen(user);
    for (const user of ['u2', 'u3']) b.active.seen(user);
    await expect.poll(a.read, { timeout: 10_000 }).toBe(3);
    expect(await b.read()).toBe(3);
    const day = new Date().toISOString().slice(0, 10);
    expect(await redisA.ttl(`metrics:active-users:${day}`)).toBeGreaterThan(2 * 86_400);
  });
});
