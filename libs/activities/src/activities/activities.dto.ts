import { PageLimit } from '@welness/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDateString,
  IsISO8601,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class ActivityTypeDto {
  @ApiProperty({ example: 'running_6mph' }) key: string;
  @ApiProperty({ example: '12050', description: '2011 Compendium code' }) code: string;
  @ApiProperty({ example: 9.8 }) met: number;
  @ApiProperty() category: string;
  @ApiProperty() description: string;
}

export class CreateActivityDto {
  @ApiProperty({
    description: 'Activity key or 2011 Compendium code (GET /activities/types)',
    example: 'running_6mph',
  })
  @IsString()
  @Length(2, 60)
  type: string;
  @ApiProperty({ format: 'date-time' }) @IsISO8601({ strict: true }) startedAt: string;
  @ApiProperty({ minimum: 1, maximum: 1440 }) @IsNumber() @Min(1) @Max(1440) durationMin: number;
  @ApiPropertyOptional({ description: 'metres' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1_000_000)
  distanceM?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class ActivityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ format: 'date-time' }) startedAt: Date;
  @ApiProperty() activityKey: string;
  @ApiProperty() metCode: string;
  @ApiProperty() met: number;
  @ApiProperty() durationMin: number;
  @ApiProperty({ type: Number, nullable: true }) distanceM: number | null;
  @ApiProperty() energyKcal: number;
  @ApiProperty({ enum: ['met', 'device'] }) energyMethod: string;
  @ApiProperty({ type: Number, nullable: true }) weightKg: number | null;
  @ApiProperty() source: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class ActivityPageDto {
  @ApiProperty({ type: [ActivityDto] }) items: ActivityDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ActivityListQueryDto {
  @PageLimit({ max: 200, default: 50 })
  limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDateString({ strict: true }) from?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDateString({ strict: true }) to?: string;
}

export class SetStepsDto {
  @ApiProperty({ format: 'date' }) @IsDateString({ strict: true }) date: string;
  @ApiProperty({ minimum: 0, maximum: 200000 }) @IsInt() @Min(0) @Max(200000) steps: number;
}

export class StepsDayDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() steps: number;
  @ApiProperty({ type: Number, nullable: true }) activeEnergyKcal: number | null;
}

export class RangeDto {
  @ApiProperty({ format: 'date' }) @IsDateString({ strict: true }) from: string;
  @ApiProperty({ format: 'date' }) @IsDateString({ strict: true }) to: string;
}
