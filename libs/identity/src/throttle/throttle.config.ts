import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { AppConfig } from '@welness/platform';
import { sha256 } from '../auth/token.util';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/**
 * Two windows on login/register/password-reset: per client IP and per account (the email in
 * the body, hashed). Failed-login lockout is separate (LoginLockout).
 */
export function throttlerOptions(config: AppConfig, storage: RedisThrottlerStorage): ThrottlerModuleOptions {
  const limit = config.AUTH_RATE_LIMIT_PER_MINUTE;
  return {
    storage,
    setHeaders: false,
    throttlers: [
      { name: 'auth-ip', ttl: 60_000, limit },
      {
        name: 'auth-account',
        ttl: 60_000,
        limit,
        getTracker: (req: Record<string, unknown>) => {
          const email = (req.body as { email?: unknown } | undefined)?.email;
          return typeof email === 'string' ? sha256(email.trim().toLowerCase()) : String(req.ip);
        },
      },
    ],
  };
}
