import { Injectable } from '@nestjs/common';
import { PrivacyRegistry, ProblemException } from '@welness/platform';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password.hasher';
import { TokenService } from '../auth/token.service';
import { MfaService } from '../mfa/mfa.service';
import { UserStateCache } from '../users/user-state.cache';
import { UsersRepository } from '../users/users.repository';
import { ExportDto, ReauthDto } from './privacy.dto';

/** Accounts without a password (OIDC) re-authenticate by signing in again shortly before. */
const FRESH_LOGIN_SECONDS = 5 * 60;

const reauthFailed = (detail: string) =>
  new ProblemException(403, 'reauthentication-required', 'Forbidden', detail);

@Injectable()
export class PrivacyService {
  constructor(
    private readonly registry: PrivacyRegistry,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly mfa: MfaService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly state: UserStateCache,
  ) {}

  async export(userId: string): Promise<ExportDto> {
    const modules = await this.registry.exportAll(userId);
    await this.audit.record({ subjectUserId: userId, actorUserId: userId, action: 'account.exported' });
    return { userId, exportedAt: new Date().toISOString(), modules };
  }

  /** Erases the account in every module; only a tombstone stays in the audit log. */
  async erase(userId: string, dto: ReauthDto, bearer: string | undefined): Promise<string[]> {
    await this.reauthenticate(userId, dto, bearer);
    const modules = await this.registry.eraseAll(userId);
    this.state.invalidate(userId);
    await this.audit.record({
      subjectUserId: userId,
      actorUserId: null,
      action: 'account.erased',
      detail: { modules, erasedAt: new Date().toISOString() },
    });
    return modules;
  }

  private async reauthenticate(userId: string, dto: ReauthDto, bearer: string | undefined): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw reauthFailed('Account not found.');
    if (user.passwordHash) {
      if (!dto.password || !(await this.hasher.verify(user.passwordHash, dto.password)))
        throw reauthFailed('Confirm with your password.');
    } else {
      const iat = bearer ? (await this.tokens.verifyAccess(bearer)).iat : undefined;
      if (!iat || Date.now() / 1000 - iat > FRESH_LOGIN_SECONDS)
        throw reauthFailed('Sign in again, then retry within five minutes.');
    }
    if (user.mfaEnabled) {
      try {
        await this.mfa.check(user, { totp: dto.totp });
      } catch {
        throw reauthFailed('Confirm with the code from your authenticator app.');
      }
    }
  }
}
