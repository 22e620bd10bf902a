import type { FastifyReply, FastifyRequest } from 'fastify';
import { MeDto } from '../users/me.dto';
import { TokenResponseDto } from './auth.dto';
import { Session } from './auth.service';

export const REFRESH_COOKIE = 'welness_refresh';
const COOKIE_PATH = '/api/v1/auth';

/** The SPA keeps the refresh token out of JavaScript's reach; other clients get it in the body. */
export function sessionResponse(
  session: Session,
  reply: FastifyReply,
  useCookie: boolean | undefined,
): TokenResponseDto {
  const body: TokenResponseDto = {
    accessToken: session.accessToken,
    tokenType: 'Bearer',
    expiresIn: session.expiresIn,
    refreshExpiresAt: session.refreshExpiresAt.toISOString(),
    user: MeDto.from(session.user),
  };
  if (useCookie) {
    void reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      path: COOKIE_PATH,
      expires: session.refreshExpiresAt,
    });
  } else {
    body.refreshToken = session.refreshToken;
  }
  return body;
}

export function clearRefreshCookie(reply: FastifyReply): void {
  void reply.clearCookie(REFRESH_COOKIE, {
    path: COOKIE_PATH,
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
  });
}

export function refreshFromCookie(req: FastifyRequest): string | undefined {
  return req.cookies?.[REFRESH_COOKIE] || undefined;
}
