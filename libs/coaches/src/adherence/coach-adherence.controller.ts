import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy } from '@welness/platform';
import { AdherenceQueryDto, CoachAdherenceDto } from './coach-adherence.dto';
import { CoachAdherenceService } from './coach-adherence.service';

/** The coach's overview across clients; only links consented with the "read" scope appear. */
@ApiTags('coaching')
@ApiBearerAuth('bearer')
@Controller('coach/adherence')
export class CoachAdherenceController {
  constructor(private readonly adherence: CoachAdherenceService) {}

  @Get()
  @Policy('authenticated')
  @ApiOkResponse({ type: CoachAdherenceDto })
  overview(
    @CurrentUser() coach: AuthenticatedUser,
    @Query() q: AdherenceQueryDto,
  ): Promise<CoachAdherenceDto> {
    return this.adherence.overview(coach.id, q.days ?? 7);
  }
}
