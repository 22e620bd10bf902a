import { Injectable } from '@nestjs/common';
import { Role, badRequest } from '@welness/platform';
import { AuditService } from '../audit/audit.service';
import { TokenService } from '../auth/token.service';
import { UserAccount } from '../users/user.entity';
import { UsersService } from '../users/users.service';

/** Admin actions on accounts; each one is written to the audit log of the affected person. */
@Injectable()
export class AdminService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  async grantRole(adminId: string, userId: string, role: Role): Promise<UserAccount> {
    if (await this.users.grantRole(userId, role)) {
      await this.audit.record({
        subjectUserId: userId,
        actorUserId: adminId,
        action: 'admin.role_granted',
        detail: { role },
      });
    }
    return this.users.get(userId);
  }

  async revokeRole(adminId: string, userId: string, role: Role): Promise<UserAccount> {
    if (adminId === userId && role === 'admin')
      throw badRequest('self-demotion', 'Ask another admin to remove your admin role.');
    if (await this.users.revokeRole(userId, role)) {
      await this.audit.record({
        subjectUserId: userId,
        actorUserId: adminId,
        action: 'admin.role_revoked',
        detail: { role },
      });
    }
    return this.users.get(userId);
  }

  /**
   * Refresh tokens die at once; access tokens stop at the guard as soon as its per-user state
   * entry expires (30 s), well inside one access-token lifetime.
   */
  async setActive(adminId: string, userId: string, active: boolean): Promise<UserAccount> {
    if (adminId === userId && !active)
      throw badRequest('self-deactivation', 'You cannot deactivate your own account.');
    const user = await this.users.setActive(userId, active);
    if (!active) await this.tokens.revokeAllForUser(userId);
    await this.audit.record({
      subjectUserId: userId,
      actorUserId: adminId,
      action: active ? 'admin.reactivated' : 'admin.deactivated',
    });
    return user;
  }
}
