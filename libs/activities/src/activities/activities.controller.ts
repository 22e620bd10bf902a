import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Policy, SubjectUserId } from '@welness/platform';
import { MetActivity } from '@welness/nutrition';
import {
  ActivityDto,
  ActivityListQueryDto,
  ActivityPageDto,
  ActivityTypeDto,
  CreateActivityDto,
  RangeDto,
  SetStepsDto,
  StepsDayDto,
} from './activities.dto';
import { ActivitiesService } from './activities.service';

@ApiTags('activities')
@Controller('activities')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get('types')
  @Policy('authenticated')
  @ApiOkResponse({ type: [ActivityTypeDto], description: '2011 Compendium of Physical Activities' })
  types(): readonly MetActivity[] {
    return this.activities.types();
  }

  @Get()
  @Policy('owner')
  @ApiOkResponse({ type: ActivityPageDto })
  list(@SubjectUserId() userId: string, @Query() q: ActivityListQueryDto): Promise<ActivityPageDto> {
    return this.activities.list(userId, q.limit, q.cursor, q.from, q.to);
  }

  @Post()
  @Policy('owner')
  @ApiCreatedResponse({ type: ActivityDto })
  create(@SubjectUserId() userId: string, @Body() dto: CreateActivityDto): Promise<ActivityDto> {
    return this.activities.create(userId, dto);
  }

  @Delete(':id')
  @Policy('owner')
  @HttpCode(204)
  async remove(@SubjectUserId() userId: string, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.activities.delete(userId, id);
  }

  @Put('steps')
  @Policy('owner')
  @HttpCode(204)
  async setSteps(@SubjectUserId() userId: string, @Body() dto: SetStepsDto): Promise<void> {
    await this.activities.setSteps(userId, dto.date, dto.steps);
  }

  @Get('steps')
  @Policy('owner')
  @ApiOkResponse({ type: [StepsDayDto] })
  steps(@SubjectUserId() userId: string, @Query() q: RangeDto): Promise<StepsDayDto[]> {
    return this.activities.steps(userId, q.from, q.to);
  }
}

@ApiTags('coach')
@Controller('clients/:userId/activities')
export class ClientActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get()
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: ActivityPageDto })
  list(@SubjectUserId() userId: string, @Query() q: ActivityListQueryDto): Promise<ActivityPageDto> {
    return this.activities.list(userId, q.limit, q.cursor, q.from, q.to);
  }

  @Get('steps')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: [StepsDayDto] })
  steps(@SubjectUserId() userId: string, @Query() q: RangeDto): Promise<StepsDayDto[]> {
    return this.activities.steps(userId, q.from, q.to);
  }
}
