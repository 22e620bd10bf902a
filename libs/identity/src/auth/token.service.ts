import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig, ProblemException, Role } from '@welness/platform';
import { randomUUID } from 'node:crypto';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokenRepository } from './refresh-token.repository';
import { randomToken, sha256 } from './token.util';

export interface AccessClaims {
  sub: string;
  roles: Role[];
  typ: 'access';
  /** Issued-at (seconds), set by the signer. */
  iat?: number;
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

/** Access JWTs (HS256, short-lived) and opaque rotating refresh tokens. */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly refreshTokens: RefreshTokenRepository,
  ) {
    this.jwt = new JwtService({ secret: config.JWT_SECRET, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } });
  }

  signAccess(userId: string, roles: Role[]): string {
    const claims: AccessClaims = { sub: userId, roles, typ: 'access' };
    return this.jwt.sign(claims, { expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS });
  }

  /** Throws 401 for anything but a valid, unexpired access token of ours. */
  verifyAccess(token: string): AccessClaims {
    let claims: AccessClaims;
    try {
      claims = this.jwt.verify<AccessClaims>(token);
    } catch {
      throw unauthorized('The access token is invalid or expired.');
    }
    if (claims.typ !== 'access' || typeof claims.sub !== 'string') throw unauthorized('Not an access token.');
    return claims;
  }

  async issue(userId: string, roles: Role[], familyId: string = randomUUID()): Promise<IssuedTokens> {
    const refreshToken = randomToken();
    const refreshExpiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await this.refreshTokens.insert({ userId, familyId, tokenHash: sha256(refreshToken), expiresAt: refreshExpiresAt });
    return { accessToken: this.signAccess(userId, roles), expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, refreshToken, refreshExpiresAt };
  }

  /** Spends a refresh token. A second presentation of a spent token is reported as reuse. */
  async spend(refreshToken: string): Promise<RefreshOutcome> {
    const row = await this.refreshTokens.findByHash(sha256(refreshToken));
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.usedAt) return { ok: false, reason: 'reused', token: row };
    if (row.revokedAt) return { ok: false, reason: 'revoked' };
    if (row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'expired' };
    if (!(await this.refreshTokens.markUsed(row.id))) return { ok: false, reason: 'reused', token: row };
    return { ok: true, token: row };
  }

  revokeFamily(familyId: string): Promise<void> {
    return this.refreshTokens.revokeFamily(familyId);
  }

  revokeAllForUser(userId: string): Promise<void> {
    return this.refreshTokens.revokeAllForUser(userId);
  }

  async revokeByToken(refreshToken: string): Promise<string | null> {
    const row = await this.refreshTokens.findByHash(sha256(refreshToken));
    if (!row) return null;
    await this.refreshTokens.revokeFamily(row.familyId);
    return row.userId;
  }
}
