import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { ThrottlerLimitDetail } from '@nestjs/throttler/dist/throttler.guard.interface';
import { ProblemException } from '@welness/platform';
import type { FastifyReply } from 'fastify';

/** The throttler's 429 as problem+json with a standard Retry-After header. */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfter = String(Math.max(1, detail.timeToBlockExpire));
    context.switchToHttp().getResponse<FastifyReply>().header('retry-after', retryAfter);
    throw new ProblemException(
      429,
      'rate-limited',
      'Too many requests',
      `Too many attempts; retry in ${retryAfter} s.`,
      { headers: { 'retry-after': retryAfter } },
    );
  }
}
