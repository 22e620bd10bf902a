import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy, SubjectUserId } from '@welness/platform';
import {
  ClientListDto,
  ClientSummaryDto,
  CoachInviteDto,
  CoachLinkDto,
  CoachLinkListDto,
} from './coach-links.dto';
import { CoachLinksService } from './coach-links.service';

/** The coach's side: invite clients, accept their invitations, list and end links. */
@ApiTags('coaching')
@ApiBearerAuth('bearer')
@Controller()
export class CoachLinksController {
  constructor(private readonly links: CoachLinksService) {}

  @Post('coach/invitations')
  @Policy('authenticated')
  @ApiCreatedResponse({ type: CoachLinkDto })
  async invite(@CurrentUser() user: AuthenticatedUser, @Body() dto: CoachInviteDto): Promise<CoachLinkDto> {
    return CoachLinkDto.from(await this.links.coachInvites(user.id, dto.email, dto.scopes));
  }

  @Get('coach/links')
  @Policy('authenticated')
  @ApiOkResponse({ type: CoachLinkListDto })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<CoachLinkListDto> {
    const rows = await this.links.listForCoach(user.id);
    return {
      items: await Promise.all(
        rows.map(async (l) => CoachLinkDto.from(l, await this.links.counterpartName(l, 'coach'))),
      ),
    };
  }

  @Post('coach/links/:id/accept')
  @Policy('authenticated')
  @HttpCode(200)
  @ApiOkResponse({ type: CoachLinkDto })
  async accept(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<CoachLinkDto> {
    return CoachLinkDto.from(await this.links.accept(user.id, id));
  }

  @Post('coach/links/:id/end')
  @Policy('authenticated')
  @HttpCode(200)
  @ApiOkResponse({ type: CoachLinkDto })
  async end(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<CoachLinkDto> {
    return CoachLinkDto.from(await this.links.end(user.id, id, 'coach'));
  }

  @Get('clients')
  @Policy('authenticated')
  @ApiOkResponse({ type: ClientListDto })
  async clients(@CurrentUser() user: AuthenticatedUser): Promise<ClientListDto> {
    return { items: await this.links.activeClients(user.id) };
  }

  @Get('clients/:userId')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: ClientSummaryDto })
  client(
    @CurrentUser() user: AuthenticatedUser,
    @SubjectUserId() clientId: string,
  ): Promise<ClientSummaryDto> {
    return this.links.clientSummary(user.id, clientId);
  }
}
