import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ProblemException, REDIS } from '@welness/platform';
import type Redis from 'ioredis';
import { sha256 } from '../auth/token.util';

const WINDOW_MS = 60_000;
const key = (ip: string) => `throttle:api-key-fail:${sha256(ip)}`;

/**
 * Failed API-key authentications per client address in a one-minute window (Redis, shared by
 * every instance). Past AUTH_RATE_LIMIT_PER_MINUTE, keys from that address are not looked up
 * at all — 429 with Retry-After — so guessing costs the guesser a minute per batch and the
 * database nothing. Redis trouble fails open: the keys are 256-bit random, the limit is a cost
 * control, not the lock.
 */
@Injectable()
export class ApiKeyAttempts {
  private readonly log = new Logger(ApiKeyAttempts.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws 429 while the address is over the limit. */
  async assertAllowed(ip: string): Promise<void> {
    let state: [string | null, number];
    try {
      const [[, count], [, ttl]] = (await this.redis.multi().get(key(ip)).pttl(key(ip)).exec()) as [
        [null, string | null],
        [null, number],
      ];
      state = [count, ttl];
    } catch (err) {
      this.log.warn(`api-key throttle unavailable: ${(err as Error).message}`);
      return;
    }
    if (Number(state[0] ?? 0) < this.config.AUTH_RATE_LIMIT_PER_MINUTE) return;
    const retryAfter = String(Math.max(1, Math.ceil(state[1] / 1000)));
    throw new ProblemException(
      429,
      'rate-limited',
      'Too many requests',
      `Too many invalid API keys from this address; retry in ${retryAfter} s.`,
      {
        headers: { 'retry-after': retryAfter },
      },
    );
  }

  async recordFailure(ip: string): Promise<void> {
    try {
      // The window starts at the first failure (NX: later failures do not extend it).
      await this.redis.multi().incr(key(ip)).pexpire(key(ip), WINDOW_MS, 'NX').exec();
    } catch (err) {
      this.log.warn(`api-key throttle unavailable: ${(err as Error).message}`);
    }
  }
}
