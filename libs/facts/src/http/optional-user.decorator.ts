import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { AuthedRequest } from '@welness/platform';

/** The caller's id on public routes when they sent valid credentials, else undefined. */
export const OptionalUserId = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  return ctx.switchToHttp().getRequest<AuthedRequest>().user?.id;
});
