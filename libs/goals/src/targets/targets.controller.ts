import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy, SubjectUserId } from '@welness/platform';
import { CoachGoalDto, GoalDto, GoalProgressDto, UpdateGoalDto } from '../goals/goals.dto';
import { GoalsService } from '../goals/goals.service';
import { DateQueryDto, TargetsDto } from './targets.dto';
import { Targets, TargetsService } from './targets.service';

@ApiTags('goals')
@Controller()
export class TargetsController {
  constructor(
    private readonly targets: TargetsService,
    private readonly goals: GoalsService,
  ) {}

  @Get('targets')
  @Policy('owner')
  @ApiOkResponse({ type: TargetsDto })
  get(@SubjectUserId() userId: string, @Query() q: DateQueryDto): Promise<Targets> {
    return this.targets.forDate(userId, q.date);
  }

  @Get('goals')
  @Policy('owner')
  @ApiOkResponse({ type: GoalDto })
  goal(@SubjectUserId() userId: string): Promise<GoalDto> {
    return this.goals.get(userId);
  }

  @Put('goals')
  @Policy('owner')
  @ApiOkResponse({ type: GoalDto })
  update(@SubjectUserId() userId: string, @Body() dto: UpdateGoalDto): Promise<GoalDto> {
    return this.goals.update(userId, dto);
  }

  /** Same as PUT: a user has one current goal, which POST sets (or changes). */
  @Post('goals')
  @Policy('owner')
  @ApiCreatedResponse({ type: GoalDto })
  set(@SubjectUserId() userId: string, @Body() dto: UpdateGoalDto): Promise<GoalDto> {
    return this.goals.update(userId, dto);
  }

  @Get('goals/progress')
  @Policy('owner')
  @ApiOkResponse({ type: GoalProgressDto })
  progress(@SubjectUserId() userId: string): Promise<GoalProgressDto> {
    return this.goals.progress(userId);
  }
}

/** A coach's view of a client's targets and goals: same services, coach policy. */
@ApiTags('coach')
@Controller('clients/:userId')
export class ClientTargetsController {
  constructor(
    private readonly targets: TargetsService,
    private readonly goals: GoalsService,
  ) {}

  @Get('targets')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: TargetsDto })
  get(@SubjectUserId() userId: string, @Query() q: DateQueryDto): Promise<Targets> {
    return this.targets.forDate(userId, q.date);
  }

  @Get('goals')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: GoalDto })
  goal(@SubjectUserId() userId: string): Promise<GoalDto> {
    return this.goals.get(userId);
  }

  @Get('goals/progress')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: GoalProgressDto })
  progress(@SubjectUserId() userId: string): Promise<GoalProgressDto> {
    return this.goals.progress(userId);
  }

  @Put('goals')
  @Policy('coach-of-client', 'write')
  @ApiOkResponse({ type: GoalDto })
  update(
    @SubjectUserId() userId: string,
    @CurrentUser() coach: AuthenticatedUser,
    @Body() dto: CoachGoalDto,
  ): Promise<GoalDto> {
    return this.goals.update(userId, dto, coach.id);
  }
}
