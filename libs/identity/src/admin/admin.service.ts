import { Injectable } from '@nestjs/common';
import { Role, badRequest } from '@welness/platform';
import { AuditService } from '../audit/audit.service';
import { TokenService } from '../auth/token.service';
import { UserAccount } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import type { AdminAuditPageDto } from './admin.dto';
import { AuditEventDto } from '../audit/audit.dto';

/** Admin actions on accounts; each one is written to the audit log of the affected person. */
@Injectable()
export class AdminService {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly accounts: UsersRepository,
  ) {}

  /** A page of the whole audit trail, newest first, each id labelled with its account's email. */
  async auditPage(
    filter: { subjectUserId?: string; action?: string },
    limit: number,
    cursor?: string,
  ): Promise<AdminAuditPageDto> {
    const page = await this.audit.list(filter, limit, cursor);
    const ids = new Set<string>();
    for (const e of page.items) for (const id of [e.subjectUserId, e.actorUserId]) if (id) ids.add(id);
    const emails = await this.accounts.emailsByIds([...ids]);
    const email = (id: string | null) => (id ? (emails.get(id) ?? null) : null);
    return {
      items: page.items.map((e) => ({
        ...AuditEventDto.from(e),
        subjectEmail: email(e.subjectUserId),
        actorEmail: email(e.actorUserId),
      })),
      nextCursor: page.nextCursor,
    };
  }

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
