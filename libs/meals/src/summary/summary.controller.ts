import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Policy, SubjectUserId } from '@welness/platform';
import { IsDateString, IsOptional } from 'class-validator';
import { SummaryService } from './summary.service';
import { DailySummaryDto, WeeklySummaryDto } from './summary.types';

export class DailyQueryDto {
  @ApiPropertyOptional({ format: 'date', description: "Default: today in the user's time zone" })
  @IsOptional()
  @IsDateString({ strict: true })
  date?: string;
}

export class WeeklyQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'Any date of the ISO week (Monday–Sunday); default this week',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  weekOf?: string;
}

@ApiTags('summary')
@Controller('summary')
export class SummaryController {
  constructor(private readonly summary: SummaryService) {}

  @Get('daily')
  @Policy('owner')
  @ApiOkResponse({ type: DailySummaryDto })
  daily(@SubjectUserId() userId: string, @Query() q: DailyQueryDto): Promise<DailySummaryDto> {
    return this.summary.daily(userId, q.date);
  }

  @Get('weekly')
  @Policy('owner')
  @ApiOkResponse({ type: WeeklySummaryDto })
  weekly(@SubjectUserId() userId: string, @Query() q: WeeklyQueryDto): Promise<WeeklySummaryDto> {
    return this.summary.weekly(userId, q.weekOf);
  }
}

@ApiTags('coach')
@Controller('clients/:userId/summary')
export class ClientSummaryController {
  constructor(private readonly summary: SummaryService) {}

  @Get('daily')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: DailySummaryDto })
  daily(@SubjectUserId() userId: string, @Query() q: DailyQueryDto): Promise<DailySummaryDto> {
    return this.summary.daily(userId, q.date);
  }

  @Get('weekly')
  @Policy('coach-of-client', 'read')
  @ApiOkResponse({ type: WeeklySummaryDto })
  weekly(@SubjectUserId() userId: string, @Query() q: WeeklyQueryDto): Promise<WeeklySummaryDto> {
    return this.summary.weekly(userId, q.weekOf);
  }
}
