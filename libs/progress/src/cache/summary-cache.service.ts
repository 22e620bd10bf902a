import { Inject, Injectable, Logger } from '@nestjs/common';
import { MetricsService, REDIS } from '@welness/platform';
import { IsoDate, daysBetween } from '@welness/nutrition';
import Redis from 'ioredis';
import type { Counter, Histogram } from 'prom-client';

// Writes in goals, meals, activities and workouts invalidate precisely; the TTL only bounds how
// long a profile change made in identity (height, birth date, activity level) can go unseen.
const TTL_SECONDS = 3600;
const EPOCH = '1970-01-01';

// Sets the value only while the user's version is unchanged, so a summary computed before a
// concurrent write can never be cached after that write invalidated it.
const SET_IF_VERSION = `
local v = redis.call('GET', KEYS[2]) or '0'
if v ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
redis.call('ZADD', KEYS[3], ARGV[4], ARGV[5])
redis.call('EXPIRE', KEYS[3], ARGV[3])
return 1`;

export type SummaryKind = 'daily' | 'weekly';

/**
 * Cache of daily and weekly summaries with precise invalidation. Each cached summary is
 * indexed by the last date it depends on being unchanged from: a write on date D can change
 * the summary of D, of the week containing D, and the streaks of every later day, so it drops
 * exactly the entries dated ≥ D (weekly entries are indexed by their week's last day).
 */
@Injectable()
export class SummaryCache {
  private readonly logger = new Logger(SummaryCache.name);
  private readonly requests: Counter<'kind' | 'result'>;
  private readonly computeSeconds: Histogram<'kind'>;
  /**
   * Invalidations that failed while Redis was unreachable, by user (lowest score wins). The write
   * they follow is already committed, so it must not fail; instead this user's summaries bypass
   * the cache here until the invalidation has been replayed, which the next read or the
   * reconnect does, so no summary cached before the write is served after it.
   */
  private readonly pending = new Map<string, string>();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    metrics: MetricsService,
  ) {
    this.requests = metrics.counter(
      'summary_requests_total',
      'Daily/weekly summaries served, by cache result',
      ['kind', 'result'],
    );
    this.computeSeconds = metrics.histogram(
      'summary_compute_seconds',
      'Time to compute an uncached summary',
      ['kind'],
      [0.005, 0.01, 0.02, 0.03, 0.06, 0.1, 0.25, 1],
    );
    // A later read replays too; this only keeps other instances from reading stale entries meanwhile.
    redis.on('ready', () => void this.replayPending().catch(() => undefined));
  }

  private key(userId: string, kind: SummaryKind, date: IsoDate): string {
    return `summary:${userId}:${kind}:${date}`;
  }
  private versionKey(userId: string): string {
    return `summary:${userId}:v`;
  }
  private indexKey(userId: string): string {
    return `summary:${userId}:idx`;
  }

  /** Returns the cached value or computes, stores (if still current) and returns it. */
  async getOrCompute<T>(
    userId: string,
    kind: SummaryKind,
    date: IsoDate,
    indexDate: IsoDate,
    compute: () => Promise<T>,
  ): Promise<T> {
    const key = this.key(userId, kind, date);
    let version: string;
    try {
      await this.replayPending(userId);
      const [hit, v] = await this.redis.mget(key, this.versionKey(userId));
      if (hit) {
        this.requests.inc({ kind, result: 'hit' });
        return JSON.parse(hit) as T;
      }
      version = v ?? '0';
    } catch (err) {
      // A Redis outage degrades to uncached summaries instead of failing the request.
      this.logger.warn(`summary cache read failed: ${(err as Error).message}`);
      return compute();
    }
    this.requests.inc({ kind, result: 'miss' });
    const stop = this.computeSeconds.startTimer({ kind });
    const value = await compute();
    stop();
    try {
      await this.redis.eval(
        SET_IF_VERSION,
        3,
        key,
        this.versionKey(userId),
        this.indexKey(userId),
        version,
        JSON.stringify(value),
        String(TTL_SECONDS),
        String(daysBetween(EPOCH, indexDate)),
        key,
      );
    } catch (err) {
      this.logger.warn(`summary cache write failed: ${(err as Error).message}`);
    }
    return value;
  }

  /** Drops every cached summary that depends on data dated `from` or later. */
  async invalidateFrom(userId: string, from: IsoDate): Promise<void> {
    await this.invalidate(userId, String(daysBetween(EPOCH, from)));
  }

  /** Drops all of a user's summaries (targets or goals changed). */
  async invalidateAll(userId: string): Promise<void> {
    await this.invalidate(userId, '-inf');
  }

  /** Erasure: removes every key of the user, the version and the index included. */
  async forget(userId: string): Promise<void> {
    const idx = this.indexKey(userId);
    const keys = await this.redis.zrange(idx, 0, -1);
    await this.redis.del(...keys, idx, this.versionKey(userId));
  }

  private async invalidate(userId: string, minScore: string): Promise<void> {
    try {
      await this.dropFrom(userId, minScore);
    } catch (err) {
      const before = this.pending.get(userId);
      this.pending.set(userId, before === undefined || scoreBelow(minScore, before) ? minScore : before);
      this.logger.warn(`summary cache invalidation deferred until Redis returns: ${(err as Error).message}`);
    }
  }

  /** Replays deferred invalidations (one user's, or all); throws while Redis is still down. */
  private async replayPending(userId?: string): Promise<void> {
    const users = userId === undefined ? [...this.pending.keys()] : this.pending.has(userId) ? [userId] : [];
    for (const u of users) {
      const minScore = this.pending.get(u)!;
      await this.dropFrom(u, minScore);
      if (this.pending.get(u) === minScore) this.pending.delete(u);
    }
  }

  private async dropFrom(userId: string, minScore: string): Promise<void> {
    const idx = this.indexKey(userId);
    await this.redis.incr(this.versionKey(userId));
    const keys = await this.redis.zrangebyscore(idx, minScore, '+inf');
    if (!keys.length) return;
    await this.redis
      .multi()
      .del(...keys)
      .zrem(idx, ...keys)
      .exec();
  }
}

const scoreBelow = (a: string, b: string): boolean => a === '-inf' || (b !== '-inf' && Number(a) < Number(b));
