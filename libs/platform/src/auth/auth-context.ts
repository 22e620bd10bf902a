import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ProblemException } from '../errors/problem';

export type Role = 'user' | 'coach' | 'admin';

/** Who is calling, as the identity module's guard establishes it. */
export interface AuthenticatedUser {
  id: string;
  roles: Role[];
  via: 'jwt' | 'api-key';
  /** API-key scopes; undefined for a full session. */
  scopes?: string[];
}

/**
 * Whose data a request is about: the caller on their own routes, or the client on
 * `/api/v1/clients/:userId/...` once the guard has checked the coach's consented link.
 */
export interface RequestAuth {
  user?: AuthenticatedUser;
  subjectUserId?: string;
  actingCoachId?: string;
}

export type AuthedRequest = FastifyRequest & RequestAuth;

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthenticatedUser => {
  const req = ctx.switchToHttp().getRequest<AuthedRequest>();
  if (!req.user) throw new ProblemException(401, 'unauthorized', 'Unauthorized', 'Sign in first.');
  return req.user;
});

/** The owner of the data this request reads or writes (see RequestAuth). */
export const SubjectUserId = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const req = ctx.switchToHttp().getRequest<AuthedRequest>();
  const id = req.subjectUserId ?? req.user?.id;
  if (!id) throw new ProblemException(401, 'unauthorized', 'Unauthorized', 'Sign in first.');
  return id;
});
