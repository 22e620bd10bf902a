import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, REDIS } from '@welness/platform';
import type Redis from 'ioredis';

const key = (sessionId: string) => `revoked-session:${sessionId}`;

/**
 * Deny-list of ended sessions (refresh-token families) for the lifetime of an access token, so
 * an access token stops working at logout, password change or reset, deactivation or refresh
 * reuse instead of living out its 15 minutes. Entries expire on their own once every token of
 * the session has. A Redis outage fails open both ways: the token's signature and expiry still
 * hold, and the session's refresh tokens are revoked in PostgreSQL regardless.
 */
@Injectable()
export class RevokedSessions {
  private readonly log = new Logger(RevokedSessions.name);
  private readonly ttlSeconds: number;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // Access tokens are checked with 5 s of clock leeway.
    this.ttlSeconds = config.ACCESS_TOKEN_TTL_SECONDS + 10;
  }

  /**
   * Best effort: the refresh tokens are already revoked in PostgreSQL, so during a Redis outage
   * a logout or password change still succeeds and only the access tokens live out their TTL.
   */
  async revoke(sessionIds: readonly string[]): Promise<void> {
    if (!sessionIds.length) return;
    try {
      const multi = this.redis.multi();
      for (const id of sessionIds) multi.set(key(id), '1', 'EX', this.ttlSeconds);
      await multi.exec();
    } catch (err) {
      this.log.warn(`session deny-list unavailable, ${sessionIds.length} session(s) end at token expiry: ${(err as Error).message}`);
    }
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    try {
      return (await this.redis.exists(key(sessionId))) === 1;
    } catch (err) {
      this.log.warn(`session deny-list unavailable, token accepted on its signature: ${(err as Error).message}`);
      return false;
    }
  }
}
