import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy, SubjectUserId } from '@welness/platform';
import { EntryDto } from '../diary/diary.dto';
import { DietPlan } from './diet-plan.entity';
import {
  EditPlannedItemDto,
  GeneratePlanDto,
  LogPlannedMealDto,
  PlanDto,
  PlannedVsActualDayDto,
} from './plans.dto';
import { PlansService } from './plans.service';

const view = ({ id, weekStart, preferences, targets, days, assignedBy }: DietPlan): PlanDto => ({
  id,
  weekStart,
  preferences,
  targets,
  days,
  assignedBy,
});

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Post('generate')
  @Policy('owner')
  @ApiCreatedResponse({ type: PlanDto })
  async generate(@SubjectUserId() userId: string, @Body() dto: GeneratePlanDto): Promise<PlanDto> {
    return view(await this.plans.generate(userId, dto));
  }

  @Get('current')
  @Policy('owner')
  @ApiOkResponse({ type: PlanDto })
  async current(@SubjectUserId() userId: string): Promise<PlanDto> {
    return view(await this.plans.current(userId));
  }

  @Post('current/log-meal')
  @Policy('owner')
  @ApiCreatedResponse({ type: [EntryDto], description: 'The planned meal, logged to the diary' })
  logMeal(@SubjectUserId() userId: string, @Body() dto: LogPlannedMealDto): Promise<EntryDto[]> {
    return this.plans.logMeal(userId, dto.date, dto.mealIndex);
  }

  @Get('current/adherence')
  @Policy('owner')
  @ApiOkResponse({ type: [PlannedVsActualDayDto] })
  adherence(@SubjectUserId() userId: string): Promise<PlannedVsActualDayDto[]> {
    return this.plans.plannedVsActual(userId);
  }
}

@ApiTags('coach')
@Controller('clients/:userId/plans')
export class ClientPlansController {
  constructor(private readonly plans: PlansService) {}

  @Get('current')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: PlanDto })
  async current(@SubjectUserId() userId: string): Promise<PlanDto> {
    return view(await this.plans.current(userId));
  }

  @Get('current/adherence')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: [PlannedVsActualDayDto] })
  adherence(@SubjectUserId() userId: string): Promise<PlannedVsActualDayDto[]> {
    return this.plans.plannedVsActual(userId);
  }

  @Post('generate')
  @Policy('coach-of-client', 'write')
  @ApiCreatedResponse({ type: PlanDto, description: 'Assigns a newly generated plan to the client' })
  async assign(
    @SubjectUserId() userId: string,
    @CurrentUser() coach: AuthenticatedUser,
    @Body() dto: GeneratePlanDto,
  ): Promise<PlanDto> {
    return view(await this.plans.generate(userId, dto, coach.id));
  }

  @Patch('current/items')
  @Policy('coach-of-client', 'write')
  @ApiOkResponse({ type: PlanDto })
  async edit(
    @SubjectUserId() userId: string,
    @CurrentUser() coach: AuthenticatedUser,
    @Body() dto: EditPlannedItemDto,
  ): Promise<PlanDto> {
    return view(await this.plans.editItem(userId, dto, coach.id));
  }
}
