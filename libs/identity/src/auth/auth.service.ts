import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, MetricsService, ProblemException } from '@welness/platform';
import type { Counter } from 'prom-client';
import { RoleGrantsService } from '../admin/role-grants.service';
import { AuditService } from '../audit/audit.service';
import { MailerService } from '../mail/mailer.service';
import { UserAccount } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { LoginDto, RegisterDto } from './auth.dto';
import { PasswordHasher } from './password.hasher';
import { PasswordService } from './password.service';
import { IssuedTokens, TokenService } from './token.service';

export interface Session extends IssuedTokens {
  user: UserAccount;
}

/** Optional hooks the MFA and lockout features plug into (kept out of this file). */
export interface LoginGate {
  /** Throws 429 while the account is locked out. */
  before(email: string, ip: string): Promise<void>;
  failed(email: string, ip: string): Promise<void>;
  succeeded(email: string): Promise<void>;
}

export interface SecondFactor {
  /** Throws 401 `mfa-required` / `mfa-invalid` unless the code is right. */
  check(user: UserAccount, dto: Pick<LoginDto, 'totp' | 'recoveryCode'>): Promise<void>;
}

const LOGIN_RESULTS: Record<string, string> = {
  'invalid-credentials': 'invalid',
  'login-locked': 'locked',
  'mfa-required': 'mfa_required',
  'mfa-invalid': 'mfa_invalid',
  'account-deactivated': 'deactivated',
};

const invalidCredentials = () =>
  new ProblemException(401, 'invalid-credentials', 'Unauthorized', 'Email or password is wrong.');

@Injectable()
export class AuthService {
  private gate?: LoginGate;
  private secondFactor?: SecondFactor;
  private readonly logins: Counter<'method' | 'result'>;
  private readonly refreshReuse: Counter<string>;

  constructor(
    private readonly users: UsersRepository,
    private readonly userService: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly roleGrants: RoleGrantsService,
    private readonly passwords: PasswordService,
    private readonly mailer: MailerService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    metrics: MetricsService,
  ) {
    this.logins = metrics.counter('auth_logins_total', 'Sign-in attempts by method and outcome', [
      'method',
      'result',
    ]);
    this.refreshReuse = metrics.counter(
      'auth_refresh_reuse_total',
      'Spent refresh tokens presented again (family revoked)',
    );
  }

  useLoginGate(gate: LoginGate): void {
    this.gate = gate;
  }

  useSecondFactor(factor: SecondFactor): void {
    this.secondFactor = factor;
  }

  /**
   * Answers the same whether or not the address already has an account (like a reset request),
   * so registration cannot tell who uses the service: a new address gets its account and a
   * confirmation mail, a taken one a mail to its owner; the caller then signs in. Both paths
   * hash the password, so the timing does not tell either.
   */
  async register(dto: RegisterDto): Promise<void> {
    const email = dto.email.toLowerCase();
    const passwordHash = await this.hasher.hash(dto.password);
    const existing = await this.users.findByEmail(email);
    if (existing) return this.notifyOwner(existing);
    let user: UserAccount;
    try {
      user = await this.users.create({
        email,
        passwordHash,
        displayName: dto.displayName ?? null,
        timeZone: dto.timeZone ?? 'UTC',
        locale: dto.locale ?? 'en',
      });
    } catch (err) {
      // Two registrations racing on one address: the unique index decides.
      if ((err as { code?: string }).code === '23505') {
        const winner = await this.users.findByEmail(email);
        return winner ? this.notifyOwner(winner) : undefined;
      }
      throw err;
    }
    await this.audit.record({ subjectUserId: user.id, actorUserId: user.id, action: 'account.registered' });
    await this.roleGrants.onAccountCreated(user);
    await this.passwords.requestVerification(user.id);
  }

  private async notifyOwner(owner: UserAccount): Promise<void> {
    const base = this.config.PUBLIC_URL.replace(/\/$/, '');
    await this.mailer.send({
      to: owner.email,
      userId: owner.id,
      subject: 'Someone tried to create a Welness AI account with your address',
      text: `Your address already has a Welness AI account, so no new one was created.\nIf this was you, sign in at ${base}/sign-in, or choose a new password at ${base}/forgot-password.\nIf it was not you, you can ignore this email.`,
    });
  }

  async login(dto: LoginDto, ip: string): Promise<Session> {
    try {
      const session = await this.passwordLogin(dto, ip);
      this.logins.inc({ method: 'password', result: 'success' });
      return session;
    } catch (err) {
      const slug = err instanceof ProblemException ? err.slug : 'error';
      this.logins.inc({ method: 'password', result: LOGIN_RESULTS[slug] ?? 'error' });
      throw err;
    }
  }

  private async passwordLogin(dto: LoginDto, ip: string): Promise<Session> {
    const email = dto.email.toLowerCase();
    await this.gate?.before(email, ip);
    const user = await this.users.findByEmail(email);
    if (!(await this.hasher.verify(user?.passwordHash, dto.password)) || !user) {
      await this.gate?.failed(email, ip);
      throw invalidCredentials();
    }
    this.userService.assertActive(user);
    if (user.mfaEnabled) {
      if (!this.secondFactor)
        throw new ProblemException(503, 'mfa-unavailable', 'Service unavailable', 'MFA is not available.');
      try {
        await this.secondFactor.check(user, dto);
      } catch (err) {
        // A wrong second factor counts towards the lockout; merely asking for it does not.
        if (err instanceof ProblemException && err.slug === 'mfa-invalid') await this.gate?.failed(email, ip);
        throw err;
      }
    }
    await this.gate?.succeeded(email);
    await this.audit.record({
      subjectUserId: user.id,
      actorUserId: user.id,
      action: 'auth.login',
      detail: { method: 'password', mfa: user.mfaEnabled },
    });
    return { user, ...(await this.tokens.issue(user.id, user.roles)) };
  }

  /** Starts a session for an already-verified identity (OIDC). */
  async sessionFor(user: UserAccount, method: string): Promise<Session> {
    this.userService.assertActive(user);
    this.logins.inc({ method: method.split(':')[0], result: 'success' });
    await this.audit.record({
      subjectUserId: user.id,
      actorUserId: user.id,
      action: 'auth.login',
      detail: { method },
    });
    return { user, ...(await this.tokens.issue(user.id, user.roles)) };
  }

  async refresh(refreshToken: string): Promise<Session> {
    const outcome = await this.tokens.spend(refreshToken);
    if (!outcome.ok) {
      if (outcome.reason === 'reused') {
        this.refreshReuse.inc();
        await this.tokens.revokeFamily(outcome.token.familyId);
        await this.audit.record({
          subjectUserId: outcome.token.userId,
          actorUserId: null,
          action: 'auth.refresh_reuse',
          detail: { familyId: outcome.token.familyId },
        });
      }
      throw new ProblemException(
        401,
        'invalid-refresh-token',
        'Unauthorized',
        'The refresh token is invalid, expired or revoked. Sign in again.',
      );
    }
    const user = await this.users.findById(outcome.token.userId);
    if (!user || user.status !== 'active') {
      await this.tokens.revokeFamily(outcome.token.familyId);
      throw new ProblemException(401, 'account-deactivated', 'Unauthorized', 'This account is deactivated.');
    }
    return { user, ...(await this.tokens.issue(user.id, user.roles, outcome.token.familyId)) };
  }

  /** Ends the session of the refresh token, or else of the access token presented with the call. */
  async logout(refreshToken: string | undefined, accessToken?: string): Promise<void> {
    let userId: string | null = null;
    if (refreshToken) {
      userId = await this.tokens.revokeByToken(refreshToken);
    } else if (accessToken) {
      const claims = await this.tokens.verifyAccess(accessToken).catch(() => null);
      if (claims?.sid) {
        await this.tokens.revokeFamily(claims.sid);
        userId = claims.sub;
      }
    }
    if (userId)
      await this.audit.record({ subjectUserId: userId, actorUserId: userId, action: 'auth.logout' });
  }
}
