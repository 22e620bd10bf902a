import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { GoalDirection, MacroRule } from '@welness/nutrition';
import type { EnergyMethod } from './goal.entity';

const DIRECTIONS = ['lose', 'maintain', 'gain'] as const;
const METHODS = ['mifflin-st-jeor', 'harris-benedict-revised', 'katch-mcardle', 'iom-eer'] as const;
const RULE_MODES = ['g_per_kg', 'percent', 'grams'] as const;

export class MacroRuleDto {
  @ApiProperty({ enum: RULE_MODES }) @IsIn(RULE_MODES) mode: MacroRule['mode'];
  @ApiProperty({ minimum: 0, maximum: 1000 }) @IsNumber() @Min(0) @Max(1000) value: number;
}

export class UpdateGoalDto {
  @ApiPropertyOptional({ enum: DIRECTIONS }) @IsOptional() @IsIn(DIRECTIONS) direction?: GoalDirection;
  @ApiPropertyOptional({ description: 'kg per week', minimum: 0, maximum: 2 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(2)
  rateKgPerWeek?: number;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 25, maximum: 400 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber()
  @Min(25)
  @Max(400)
  targetWeightKg?: number | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsDateString({ strict: true })
  targetDate?: string | null;
  @ApiPropertyOptional({ enum: METHODS }) @IsOptional() @IsIn(METHODS) bmrFormula?: EnergyMethod;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Own energy target; never below the safety floor',
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber()
  @Min(500)
  @Max(8000)
  energyOverrideKcal?: number | null;
  @ApiPropertyOptional({ type: MacroRuleDto, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @ValidateNested()
  @Type(() => MacroRuleDto)
  proteinRule?: MacroRuleDto | null;
  @ApiPropertyOptional({ type: MacroRuleDto, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @ValidateNested()
  @Type(() => MacroRuleDto)
  fatRule?: MacroRuleDto | null;
  @ApiPropertyOptional({ type: MacroRuleDto, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @ValidateNested()
  @Type(() => MacroRuleDto)
  carbohydratesRule?: MacroRuleDto | null;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 100000 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(100000)
  stepsPerDay?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 14 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(14)
  workoutsPerWeek?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(10000)
  waterMlPerDay?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Extra % energy on training days' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber()
  @Min(0)
  @Max(50)
  trainingDayExtraPercent?: number | null;
}

export class CoachGoalDto extends UpdateGoalDto {
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Coach-only: may go below the safety floor',
    minimum: 600,
    maximum: 8000,
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber()
  @Min(600)
  @Max(8000)
  coachEnergyOverrideKcal?: number | null;
}

export class GoalDto {
  @ApiProperty({ enum: DIRECTIONS }) direction: GoalDirection;
  @ApiProperty() rateKgPerWeek: number;
  @ApiProperty({ type: Number, nullable: true }) targetWeightKg: number | null;
  @ApiProperty({ type: String, nullable: true }) targetDate: string | null;
  @ApiProperty({ enum: METHODS }) bmrFormula: EnergyMethod;
  @ApiProperty({ type: Number, nullable: true }) energyOverrideKcal: number | null;
  @ApiProperty({ type: Number, nullable: true }) coachEnergyOverrideKcal: number | null;
  @ApiProperty({ type: MacroRuleDto, nullable: true }) proteinRule: MacroRule | null;
  @ApiProperty({ type: MacroRuleDto, nullable: true }) fatRule: MacroRule | null;
  @ApiProperty({ type: MacroRuleDto, nullable: true }) carbohydratesRule: MacroRule | null;
  @ApiProperty({ type: Number, nullable: true }) stepsPerDay: number | null;
  @ApiProperty({ type: Number, nullable: true }) workoutsPerWeek: number | null;
  @ApiProperty({ type: Number, nullable: true }) waterMlPerDay: number | null;
  @ApiProperty({ type: Number, nullable: true }) trainingDayExtraPercent: number | null;
}

export class WeightProgressDto {
  @ApiProperty({ type: Number, nullable: true }) currentKg: number | null;
  @ApiProperty({ type: Number, nullable: true }) trendKg: number | null;
  @ApiProperty({ type: Number, nullable: true }) targetKg: number | null;
  @ApiProperty({ type: String, nullable: true }) targetDate: string | null;
  @ApiProperty({ type: Number, nullable: true }) slopeKgPerWeek: number | null;
  @ApiProperty({ type: String, nullable: true }) projectedDate: string | null;
  @ApiProperty({ enum: ['ahead', 'on_track', 'behind'], nullable: true }) status:
    'ahead' | 'on_track' | 'behind' | null;
}

export class GoalProgressDto {
  @ApiProperty({ type: GoalDto }) goal: GoalDto;
  @ApiProperty({ type: WeightProgressDto }) weight: WeightProgressDto;
}
