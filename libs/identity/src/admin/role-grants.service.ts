import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Role, notFound } from '@welness/platform';
import { AuditService } from '../audit/audit.service';
import { UserAccount } from '../users/user.entity';
import { UsersService } from '../users/users.service';

/** Who asked for a grant made outside the admin API. */
export type GrantSource = 'admin-emails' | 'cli';

export interface GrantResult {
  user: UserAccount;
  /** False when the account already had the role. */
  changed: boolean;
}

/**
 * Role grants that do not come from an admin in the console: the install's first admins
 * (ADMIN_EMAILS, on registration and at every boot) and the operator's CLI. Each grant is
 * written to the audit log with its source, like the console's grants are.
 */
@Injectable()
export class RoleGrantsService implements OnApplicationBootstrap {
  private readonly log = new Logger(RoleGrantsService.name);
  private readonly adminEmails: ReadonlySet<string>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersService,
    private readonly audit: AuditService,
  ) {
    this.adminEmails = new Set(config.ADMIN_EMAILS);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const email of this.adminEmails) {
      const user = await this.users.findSummaryByEmail(email);
      // Not registered yet: registration grants it.
      if (!user || user.roles.includes('admin')) continue;
      await this.grant(user.id, 'admin', 'admin-emails');
      this.log.log(`granted admin to ${email} (ADMIN_EMAILS)`);
    }
  }

  /** After an account is created: the first admins get their role before their first token. */
  async onAccountCreated(user: UserAccount): Promise<UserAccount> {
    if (!this.adminEmails.has(user.email.toLowerCase()) || user.roles.includes('admin')) return user;
    return (await this.grant(user.id, 'admin', 'admin-emails')).user;
  }

  async grantByEmail(email: string, role: Role, source: GrantSource): Promise<GrantResult> {
    const summary = await this.users.findSummaryByEmail(email.trim().toLowerCase());
    if (!summary) throw notFound('User', `No account with the e-mail ${email}.`);
    return this.grant(summary.id, role, source);
  }

  async revokeByEmail(email: string, role: Role, source: GrantSource): Promise<GrantResult> {
    const summary = await this.users.findSummaryByEmail(email.trim().toLowerCase());
    if (!summary) throw notFound('User', `No account with the e-mail ${email}.`);
    const changed = await this.users.revokeRole(summary.id, role);
    if (changed) {
      await this.audit.record({
        subjectUserId: summary.id,
        actorUserId: null,
        action: 'admin.role_revoked',
        detail: { role, source },
      });
    }
    return { user: await this.users.get(summary.id), changed };
  }

  private async grant(userId: string, role: Role, source: GrantSource): Promise<GrantResult> {
    const changed = await this.users.grantRole(userId, role);
    if (changed) {
      await this.audit.record({
        subjectUserId: userId,
        actorUserId: null,
        action: 'admin.role_granted',
        detail: { role, source },
      });
    }
    return { user: await this.users.get(userId), changed };
  }
}
