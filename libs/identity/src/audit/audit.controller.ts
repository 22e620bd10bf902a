import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy } from '@welness/platform';
import { AuditEventDto, AuditPageDto, IdentityPageQueryDto } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('me')
@ApiBearerAuth('bearer')
@Controller('me/audit')
export class MyAuditController {
  constructor(private readonly audit: AuditService) {}

  /** Everything done to the caller's data: coach reads and writes, admin actions, security events. */
  @Get()
  @Policy('owner')
  @ApiOkResponse({ type: AuditPageDto })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() q: IdentityPageQueryDto): Promise<AuditPageDto> {
    const page = await this.audit.list({ subjectUserId: user.id }, q.limit ?? 50, q.cursor);
    return { items: page.items.map((e) => AuditEventDto.from(e)), nextCursor: page.nextCursor };
  }
}
