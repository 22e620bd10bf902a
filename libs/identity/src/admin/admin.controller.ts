import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy, Role, badRequest } from '@welness/platform';
import { MailerService } from '../mail/mailer.service';
import { MeDto } from '../users/me.dto';
import { UsersService } from '../users/users.service';
import {
  AdminAuditPageDto,
  AdminAuditQueryDto,
  MailDto,
  MailListDto,
  OutboxQueryDto,
  ROLES,
  RoleDto,
  UserPageDto,
  UserSearchQueryDto,
} from './admin.dto';
import { AdminService } from './admin.service';

@ApiTags('admin')
@ApiBearerAuth('bearer')
@Controller('admin')
export class AdminController {
  constructor(
    private readonly users: UsersService,
    private readonly admin: AdminService,
    private readonly mailer: MailerService,
  ) {}

  @Get('users')
  @Policy('admin')
  @ApiOkResponse({ type: UserPageDto })
  async list(@Query() q: UserSearchQueryDto): Promise<UserPageDto> {
    const page = await this.users.search(q.q, q.limit ?? 50, q.cursor);
    return { items: page.items.map((u) => MeDto.from(u)), nextCursor: page.nextCursor };
  }

  @Get('users/:id')
  @Policy('admin')
  @ApiOkResponse({ type: MeDto })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<MeDto> {
    return MeDto.from(await this.users.get(id));
  }

  @Post('users/:id/roles')
  @Policy('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto })
  async grant(
    @CurrentUser() me: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RoleDto,
  ): Promise<MeDto> {
    return MeDto.from(await this.admin.grantRole(me.id, id, dto.role));
  }

  @Delete('users/:id/roles/:role')
  @Policy('admin')
  @ApiParam({ name: 'role', enum: ROLES })
  @ApiOkResponse({ type: MeDto })
  async revoke(
    @CurrentUser() me: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('role') role: string,
  ): Promise<MeDto> {
    if (!ROLES.includes(role as Role))
      throw badRequest('validation', `role must be one of ${ROLES.join(', ')}`);
    return MeDto.from(await this.admin.revokeRole(me.id, id, role as Role));
  }

  @Post('users/:id/deactivate')
  @Policy('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto })
  async deactivate(
    @CurrentUser() me: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<MeDto> {
    return MeDto.from(await this.admin.setActive(me.id, id, false));
  }

  @Post('users/:id/reactivate')
  @Policy('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto })
  async reactivate(
    @CurrentUser() me: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<MeDto> {
    return MeDto.from(await this.admin.setActive(me.id, id, true));
  }

  @Get('audit')
  @Policy('admin')
  @ApiOkResponse({ type: AdminAuditPageDto })
  auditLog(@Query() q: AdminAuditQueryDto): Promise<AdminAuditPageDto> {
    return this.admin.auditPage({ subjectUserId: q.userId, action: q.action }, q.limit ?? 50, q.cursor);
  }

  /** Mail the app would have sent, when no SMTP server is configured (local and dev). */
  @Get('mail-outbox')
  @Policy('admin')
  @ApiOkResponse({ type: MailListDto })
  async outbox(@Query() q: OutboxQueryDto): Promise<MailListDto> {
    const page = await this.mailer.listOutbox(q.limit ?? 50, q.to, q.cursor);
    return { items: page.items.map((m) => MailDto.from(m)), nextCursor: page.nextCursor };
  }
}
