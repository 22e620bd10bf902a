import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Policy, SubjectUserId } from '@welness/platform';
import { IsInt, Matches, Max, Min, ValidateIf } from 'class-validator';
import { CheckinService } from './checkin.service';

/** The whole schedule (PUT replaces it): each field is required, null turning that check-in off. */
export class CheckinSettingsDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '20:00',
    description: 'daily check-in, local HH:MM; null: none',
  })
  @ValidateIf((_, v) => v !== null)
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/)
  dailyTime: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 7,
    description: 'weekly check-in day, 1 = Monday … 7 = Sunday; null: none',
  })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(7)
  weeklyDay: number | null;
  @ApiProperty({ type: String, nullable: true, example: '18:00' })
  @ValidateIf((_, v) => v !== null)
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/)
  weeklyTime: string | null;
}

@ApiTags('agents')
@ApiBearerAuth('bearer')
@Controller('agents/checkins')
export class CheckinController {
  constructor(private readonly checkins: CheckinService) {}

  @Get()
  @Policy('owner')
  @ApiOkResponse({ type: CheckinSettingsDto })
  get(@SubjectUserId() userId: string): Promise<CheckinSettingsDto> {
    return this.checkins.get(userId);
  }

  @Put()
  @Policy('owner')
  @ApiOkResponse({ type: CheckinSettingsDto })
  put(@SubjectUserId() userId: string, @Body() dto: CheckinSettingsDto): Promise<CheckinSettingsDto> {
    return this.checkins.schedule(userId, {
      dailyTime: dto.dailyTime ?? null,
      weeklyDay: dto.weeklyDay ?? null,
      weeklyTime: dto.weeklyTime ?? null,
    });
  }
}
