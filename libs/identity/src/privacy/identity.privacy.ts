import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry } from '@welness/platform';
import { ApiKeyDto } from '../api-keys/api-keys.dto';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { AuditEventDto } from '../audit/audit.dto';
import { AuditService } from '../audit/audit.service';
import { EmailTokensRepository } from '../auth/email-tokens.repository';
import { LoginLockout } from '../auth/login-lockout';
import { RefreshTokenRepository } from '../auth/refresh-token.repository';
import { MailerService } from '../mail/mailer.service';
import { MfaService } from '../mfa/mfa.service';
import { FederatedIdentitiesRepository } from '../oidc/federated-identities.repository';
import { MeDto } from '../users/me.dto';
import { UsersRepository } from '../users/users.repository';

/**
 * Identity's own export and erase. Registered first (other modules import identity), so the
 * registry erases it last: the other modules can still look the account up while they erase.
 */
@Injectable()
export class IdentityPrivacy implements OnModuleInit {
  constructor(
    private readonly registry: PrivacyRegistry,
    private readonly users: UsersRepository,
    private readonly refresh: RefreshTokenRepository,
    private readonly apiKeys: ApiKeysService,
    private readonly mfa: MfaService,
    private readonly emailTokens: EmailTokensRepository,
    private readonly federated: FederatedIdentitiesRepository,
    private readonly mailer: MailerService,
    private readonly lockout: LoginLockout,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      module: 'identity',
      export: (id) => this.export(id),
      erase: (id) => this.erase(id),
    });
  }

  private async export(userId: string): Promise<Record<string, unknown>> {
    const user = await this.users.findById(userId);
    return {
      profile: user ? MeDto.from(user) : null,
      apiKeys: (await this.apiKeys.list(userId)).map((k) => ApiKeyDto.from(k)),
      federatedIdentities: (await this.federated.listForUser(userId)).map((f) => ({
        provider: f.provider,
        subject: f.subject,
        email: f.email,
        linkedAt: f.createdAt.toISOString(),
      })),
      auditLog: (await this.audit.exportFor(userId)).map((e) => AuditEventDto.from(e)),
    };
  }

  private async erase(userId: string): Promise<void> {
    const user = await this.users.findById(userId);
    await this.refresh.deleteForUser(userId);
    await this.apiKeys.eraseFor(userId);
    await this.mfa.eraseFor(userId);
    await this.emailTokens.deleteForUser(userId);
    await this.federated.deleteForUser(userId);
    if (user) {
      await this.mailer.eraseFor(userId, user.email);
      await this.lockout.forget(user.email);
    }
    await this.audit.eraseFor(userId);
    await this.users.delete(userId);
  }
}
