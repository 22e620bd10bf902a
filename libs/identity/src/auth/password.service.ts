import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ProblemException, badRequest } from '@welness/platform';
import { AuditService } from '../audit/audit.service';
import { MailerService } from '../mail/mailer.service';
import { UsersRepository } from '../users/users.repository';
import { EmailTokensRepository } from './email-tokens.repository';
import { PasswordHasher } from './password.hasher';
import { TokenService } from './token.service';
import { randomToken, sha256 } from './token.util';

const RESET_TTL_MS = 60 * 60_000;
const VERIFY_TTL_MS = 48 * 3600_000;

/** Password change and emailed one-time tokens (reset, email verification). */
@Injectable()
export class PasswordService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly emailTokens: EmailTokensRepository,
    private readonly mailer: MailerService,
    private readonly audit: AuditService,
  ) {}

  /** Signs out every other session: refresh tokens of all families are revoked. */
  async change(userId: string, current: string, next: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw new ProblemException(401, 'unauthorized', 'Unauthorized', 'Sign in first.');
    if (user.passwordHash && !(await this.hasher.verify(user.passwordHash, current))) {
      throw new ProblemException(403, 'wrong-password', 'Forbidden', 'The current password is wrong.');
    }
    if (current === next)
      throw badRequest('same-password', 'Choose a password different from the current one.');
    await this.users.update(userId, { passwordHash: await this.hasher.hash(next) });
    await this.tokens.revokeAllForUser(userId);
    await this.audit.record({ subjectUserId: userId, actorUserId: userId, action: 'auth.password_changed' });
    await this.mailer.send({
      to: user.email,
      userId,
      subject: 'Your Welness AI password was changed',
      text: 'If this was not you, reset your password now and contact support.',
    });
  }

  /** Always answers the same, so it cannot be used to find out who has an account. */
  async requestReset(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.status !== 'active') return;
    await this.emailTokens.invalidate(user.id, 'reset');
    const token = randomToken();
    await this.emailTokens.insert({
      userId: user.id,
      purpose: 'reset',
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + RESET_TTL_MS),
    });
    await this.mailer.send({
      to: user.email,
      userId: user.id,
      subject: 'Reset your Welness AI password',
      text: `Open this link within an hour to choose a new password:\n${this.link('reset-password', token)}\n\nToken: ${token}\nIf you did not ask for this, ignore this email.`,
    });
  }

  async reset(token: string, next: string): Promise<void> {
    const userId = await this.emailTokens.spend(sha256(token), 'reset');
    if (!userId) throw badRequest('invalid-token', 'The reset link is invalid, used or expired.');
    await this.users.update(userId, { passwordHash: await this.hasher.hash(next) });
    await this.tokens.revokeAllForUser(userId);
    await this.audit.record({ subjectUserId: userId, actorUserId: userId, action: 'auth.password_reset' });
  }

  async requestVerification(userId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user || user.emailVerified) return;
    await this.emailTokens.invalidate(userId, 'verify');
    const token = randomToken();
    await this.emailTokens.insert({
      userId,
      purpose: 'verify',
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + VERIFY_TTL_MS),
    });
    await this.mailer.send({
      to: user.email,
      userId,
      subject: 'Confirm your email for Welness AI',
      text: `Confirm your address:\n${this.link('verify-email', token)}\n\nToken: ${token}`,
    });
  }

  async verifyEmail(token: string): Promise<void> {
    const userId = await this.emailTokens.spend(sha256(token), 'verify');
    if (!userId) throw badRequest('invalid-token', 'The verification link is invalid, used or expired.');
    await this.users.update(userId, { emailVerified: true });
    await this.audit.record({ subjectUserId: userId, actorUserId: userId, action: 'account.email_verified' });
  }

  private link(page: string, token: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}/${page}?token=${encodeURIComponent(token)}`;
  }
}
