import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy } from '@welness/platform';
import {
  ClientInviteDto,
  CoachLinkDto,
  CoachLinkListDto,
  ConsentDto,
  UpdateScopesDto,
} from './coach-links.dto';
import { CoachLinksService } from './coach-links.service';

/** The client's side of coaching: invite a coach, consent with scopes, change them, end. */
@ApiTags('coaching')
@ApiBearerAuth('bearer')
@Controller('me/coach-links')
export class ClientLinksController {
  constructor(private readonly links: CoachLinksService) {}

  @Get()
  @Policy('owner')
  @ApiOkResponse({ type: CoachLinkListDto })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<CoachLinkListDto> {
    const rows = await this.links.listForClient(user.id);
    return {
      items: await Promise.all(
        rows.map(async (l) => CoachLinkDto.from(l, await this.links.counterpartName(l, 'client'))),
      ),
    };
  }

  @Post()
  @Policy('owner')
  @ApiCreatedResponse({ type: CoachLinkDto })
  async inviteCoach(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: ClientInviteDto,
  ): Promise<CoachLinkDto> {
    return CoachLinkDto.from(await this.links.clientInvites(user.id, dto.coachEmail, dto.scopes));
  }

  @Post(':id/consent')
  @Policy('owner')
  @HttpCode(200)
  @ApiOkResponse({ type: CoachLinkDto })
  async consent(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ConsentDto,
  ): Promise<CoachLinkDto> {
    return CoachLinkDto.from(await this.links.consent(user.id, id, dto.scopes));
  }

  @Patch(':id')
  @Policy('owner')
  @ApiOkResponse({ type: CoachLinkDto })
  async updateScopes(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateScopesDto,
  ): Promise<CoachLinkDto> {
    return CoachLinkDto.from(await this.links.updateScopes(user.id, id, dto.scopes));
  }

  @Post(':id/end')
  @Policy('owner')
  @HttpCode(200)
  @ApiOkResponse({ type: CoachLinkDto })
  async end(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<CoachLinkDto> {
    return CoachLinkDto.from(await this.links.end(user.id, id, 'client'));
  }
}
