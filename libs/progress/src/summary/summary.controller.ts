import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Policy, SubjectUserId } from '@welness/platform';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, Max, Min } from 'class-validator';
import { StreakCalendarService } from '../streaks/streak-calendar.service';
import { SummaryService } from './summary.service';
import { DailySummaryDto, StreakCalendarDto, WeeklySummaryDto } from './summary.types';

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

export class CalendarQueryDto {
  @ApiPropertyOptional({ minimum: 7, maximum: 366, default: 90, description: 'Days up to `to`' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(7)
  @Max(366)
  days?: number;

  @ApiPropertyOptional({
    format: 'date',
    description: "Last day; default (and at most) today in the user's time zone",
  })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
}

@ApiTags('summary')
@Controller('summary')
export class SummaryController {
  constructor(
    private readonly summary: SummaryService,
    private readonly calendars: StreakCalendarService,
  ) {}

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

  @Get('calendar')
  @Policy('owner')
  @ApiOkResponse({ type: StreakCalendarDto })
  calendar(@SubjectUserId() userId: string, @Query() q: CalendarQueryDto): Promise<StreakCalendarDto> {
    return this.calendars.calendar(userId, q.days ?? 90, q.to);
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
