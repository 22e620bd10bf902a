import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ProblemException, Role } from '@welness/platform';
import { SignJWT } from 'jose';
import { createSecretKey, KeyObject, randomUUID } from 'node:crypto';
import { verifyHs256 } from './hs256.verifier';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokenRepository } from './refresh-token.repository';
import { RevokedSessions } from './revoked-sessions';
import { randomToken, sha256 } from './token.util';

export interface AccessClaims {
  sub: string;
  roles: Role[];
  typ: 'access';
  /** Issued-at (seconds), set by the signer. */
  iat?: number;
  /** The session (refresh-token family) the token belongs to; ended sessions are deny-listed. */
  sid?: string;
}

export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export type RefreshOutcome =
  | { ok: true; token: RefreshToken }
  | { ok: false; reason: 'unknown' | 'expired' | 'revoked' }
  | { ok: false; reason: 'reused'; token: RefreshToken };

const unauthorized = (detail: string) => new ProblemException(401, 'unauthorized', 'Unauthorized', detail);

/**
 * Access JWTs (HS256, short-lived) and opaque rotating refresh tokens. jose signs; verification
 * is a synchronous HMAC check (see hs256.verifier.ts) because it runs on every request.
 */
@Injectable()
export class TokenService {
  private readonly key: KeyObject;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly revoked: RevokedSessions,
  ) {
    this.key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
  }

  signAccess(userId: string, roles: Role[], sessionId?: string): Promise<string> {
    return new SignJWT({ roles, typ: 'access', ...(sessionId ? { sid: sessionId } : {}) })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(userId)
      .setIssuedAt()
      .setExpirationTime(`${this.config.ACCESS_TOKEN_TTL_SECONDS}s`)
      .sign(this.key);
  }

  /** Throws 401 for anything but a valid, unexpired access token of ours. */
  async verifyAccess(token: string): Promise<AccessClaims> {
    let payload: Record<string, unknown>;
    try {
      payload = verifyHs256(token, this.key, Math.floor(Date.now() / 1000));
    } catch {
      throw unauthorized('The access token is invalid or expired.');
    }
    if (payload.typ !== 'access' || typeof payload.sub !== 'string' || !Array.isArray(payload.roles))
      throw unauthorized('Not an access token.');
    const sid = typeof payload.sid === 'string' ? payload.sid : undefined;
    if (sid && (await this.revoked.isRevoked(sid))) throw unauthorized('This session has ended; sign in again.');
    return {
      sub: payload.sub,
      roles: payload.roles as Role[],
      typ: 'access',
      iat: typeof payload.iat === 'number' ? payload.iat : undefined,
      sid,
    };
  }

  async issue(userId: string, roles: Role[], familyId: string = randomUUID()): Promise<IssuedTokens> {
    const refreshToken = randomToken();
    const refreshExpiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await this.refreshTokens.insert({
      userId,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshExpiresAt,
    });
    return {
      accessToken: await this.signAccess(userId, roles, familyId),
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      refreshToken,
      refreshExpiresAt,
    };
  }

  /** Spends a refresh token. A second presentation of a spent token is reported as reuse. */
  async spend(refreshToken: string): Promise<RefreshOutcome> {
    const row = await this.refreshTokens.findByHash(sha256(refreshToken));
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.usedAt) return { ok: false, reason: 'reused', token: row };
    if (row.revokedAt) return { ok: false, reason: 'revoked' };
    if (row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'expired' };
    // Refused too when its family was revoked meanwhile (issued while a replay revoked it).
    if (!(await this.refreshTokens.markUsed(row.id, row.familyId))) return { ok: false, reason: 'reused', token: row };
    return { ok: true, token: row };
  }

  /** Ends one session: its refresh tokens and, through the deny-list, its access tokens. */
  async revokeFamily(familyId: string): Promise<void> {
    await this.refreshTokens.revokeFamily(familyId);
    await this.revoked.revoke([familyId]);
  }

  /** Ends every session of the user (password change or reset, deactivation). */
  async revokeAllForUser(userId: string): Promise<void> {
    await this.revoked.revoke(await this.refreshTokens.revokeAllForUser(userId));
  }

  async revokeByToken(refreshToken: string): Promise<string | null> {
    const row = await this.refreshTokens.findByHash(sha256(refreshToken));
    if (!row) return null;
    await this.revokeFamily(row.familyId);
    return row.userId;
  }
}
