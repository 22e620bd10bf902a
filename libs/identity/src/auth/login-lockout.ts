import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ProblemException, REDIS } from '@welness/platform';
import type Redis from 'ioredis';
import { AuthService, LoginGate } from './auth.service';
import { sha256 } from './token.util';

const WINDOW_SECONDS = 15 * 60;
const MAX_LOCK_SECONDS = 24 * 3600;

/**
 * Per-account lockout: after LOGIN_MAX_FAILURES failed logins inside 15 minutes the account is
 * locked for LOGIN_LOCKOUT_BASE_SECONDS, doubling with every further failure (capped at a day).
 * A locked account answers 429 with Retry-After even for the right password.
 */
@Injectable()
export class LoginLockout implements LoginGate, OnModuleInit {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
  ) {}

  onModuleInit(): void {
    this.auth.useLoginGate(this);
  }

  async before(email: string): Promise<void> {
    const ttl = await this.redis.pttl(lockKey(email));
    if (ttl > 0) {
      const retryAfter = String(Math.ceil(ttl / 1000));
      throw new ProblemException(
        429,
        'login-locked',
        'Too many requests',
        `Too many failed sign-ins; retry in ${retryAfter} s.`,
        { headers: { 'retry-after': retryAfter } },
      );
    }
  }

  async failed(email: string): Promise<void> {
    const key = failKey(email);
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, WINDOW_SECONDS, 'NX').exec()) as [
      [Error | null, number],
    ];
    const over = count - this.config.LOGIN_MAX_FAILURES;
    if (over >= 0) {
      const seconds = Math.min(MAX_LOCK_SECONDS, this.config.LOGIN_LOCKOUT_BASE_SECONDS * 2 ** over);
      await this.redis.set(lockKey(email), '1', 'EX', seconds);
      // Keep counting failures while locked so the backoff keeps growing.
      await this.redis.expire(key, Math.max(WINDOW_SECONDS, seconds * 2));
    }
  }

  async succeeded(email: string): Promise<void> {
    await this.redis.del(failKey(email), lockKey(email));
  }

  /** For erasure: the keys are hashes of the address, but they still concern the person. */
  async forget(email: string): Promise<void> {
    await this.succeeded(email);
  }
}

const failKey = (email: string) => `auth:fail:${sha256(email)}`;
const lockKey = (email: string) => `auth:lock:${sha256(email)}`;
