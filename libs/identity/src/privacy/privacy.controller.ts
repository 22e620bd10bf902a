import { Body, Controller, Delete, Get, HttpCode, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy, ProblemException } from '@welness/platform';
import type { FastifyRequest } from 'fastify';
import { ExportDto, ReauthDto } from './privacy.dto';
import { PrivacyService } from './privacy.service';

const sessionOnly = (u: AuthenticatedUser) => {
  if (u.via !== 'jwt')
    throw new ProblemException(
      403,
      'forbidden',
      'Forbidden',
      'Export and erasure need a signed-in session, not an API key.',
    );
};

@ApiTags('me')
@ApiBearerAuth('bearer')
@Controller('me')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  /** Everything every module stores about the caller. */
  @Get('export')
  @Policy('owner')
  @ApiOkResponse({ type: ExportDto })
  export(@CurrentUser() user: AuthenticatedUser): Promise<ExportDto> {
    sessionOnly(user);
    return this.privacy.export(user.id);
  }

  @Delete()
  @Policy('owner')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'erased everywhere; only a tombstone remains in the audit log' })
  @ApiForbiddenResponse({ description: 'password (and TOTP when enabled) did not match' })
  async erase(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: ReauthDto,
    @Req() req: FastifyRequest,
  ): Promise<void> {
    sessionOnly(user);
    await this.privacy.erase(user.id, dto, req.headers.authorization?.split(' ')[1]);
  }
}
