import { PageLimit } from '@welness/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsISO8601,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { EXERCISE_SEED, Equipment, ExerciseCategory, Muscle } from './exercises/exercise.seed';

export const MUSCLES = [
  ...new Set(EXERCISE_SEED.flatMap((e) => [...e.primary, ...e.secondary])),
].sort() as Muscle[];
export const EQUIPMENT: Equipment[] = [
  'barbell',
  'dumbbell',
  'machine',
  'cable',
  'bodyweight',
  'kettlebell',
  'band',
  'smith_machine',
  'ez_bar',
  'trap_bar',
  'other',
];
export const CATEGORIES: ExerciseCategory[] = [
  'compound',
  'isolation',
  'bodyweight',
  'plyometric',
  'core',
  'carry',
];

export class ExerciseQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: MUSCLES }) @IsOptional() @IsIn(MUSCLES) muscle?: Muscle;
  @ApiPropertyOptional({ enum: EQUIPMENT }) @IsOptional() @IsIn(EQUIPMENT) equipment?: Equipment;
}

export class CreateExerciseDto {
  @ApiProperty({ minLength: 2, maxLength: 100 }) @IsString() @Length(2, 100) name: string;
  @ApiProperty({ enum: CATEGORIES }) @IsIn(CATEGORIES) category: ExerciseCategory;
  @ApiProperty({ enum: EQUIPMENT }) @IsIn(EQUIPMENT) equipment: Equipment;
  @ApiProperty({ enum: MUSCLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @IsIn(MUSCLES, { each: true })
  primaryMuscles: Muscle[];
  @ApiPropertyOptional({ enum: MUSCLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @IsIn(MUSCLES, { each: true })
  secondaryMuscles?: Muscle[];
}

export class ExerciseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) slug: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CATEGORIES }) category: string;
  @ApiProperty({ enum: EQUIPMENT }) equipment: string;
  @ApiProperty({ enum: MUSCLES, isArray: true }) primaryMuscles: string[];
  @ApiProperty({ enum: MUSCLES, isArray: true }) secondaryMuscles: string[];
  @ApiProperty({ description: "true for the user's own exercises" }) custom?: boolean;
}

export class RoutineSetDto {
  @ApiProperty({ minimum: 1, maximum: 100 }) @IsInt() @Min(1) @Max(100) reps: number;
  @ApiProperty({ minimum: 0, maximum: 1000 }) @IsNumber() @Min(0) @Max(1000) weightKg: number;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 10 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber()
  @Min(0)
  @Max(10)
  rir?: number | null;
}

export class ProgressionDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 50 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(50)
  incrementKg?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 50 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(50)
  incrementPercent?: number;
  @ApiPropertyOptional({ minimum: 0.25, maximum: 10 })
  @IsOptional()
  @IsNumber()
  @Min(0.25)
  @Max(10)
  roundToKg?: number;
}

export class RoutineExerciseDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() exerciseId: string;
  @ApiProperty({ type: [RoutineSetDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RoutineSetDto)
  sets: RoutineSetDto[];
  @ApiPropertyOptional({ type: ProgressionDto, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @ValidateNested()
  @Type(() => ProgressionDto)
  progression: ProgressionDto | null;
}

export class RoutineDayDto {
  @ApiProperty({ minLength: 1, maxLength: 60 }) @IsString() @Length(1, 60) name: string;
  @ApiProperty({ type: [RoutineExerciseDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RoutineExerciseDto)
  exercises: RoutineExerciseDto[];
}

export class RoutineInputDto {
  @ApiProperty({ minLength: 1, maxLength: 100 }) @IsString() @Length(1, 100) name: string;
  @ApiProperty({ type: [RoutineDayDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(14)
  @ValidateNested({ each: true })
  @Type(() => RoutineDayDto)
  days: RoutineDayDto[];
}

export class RoutineDto extends RoutineInputDto {
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class StartSessionDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() routineId?: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 13 }) @IsOptional() @IsInt() @Min(0) @Max(13) dayIndex?: number;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) startedAt?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) notes?: string;
}

export class AddSetDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() exerciseId: string;
  @ApiProperty({ minimum: 1, maximum: 200 }) @IsInt() @Min(1) @Max(200) reps: number;
  @ApiProperty({ minimum: 0, maximum: 1000 }) @IsNumber() @Min(0) @Max(1000) weightKg: number;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 10 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber()
  @Min(0)
  @Max(10)
  rir?: number | null;
}

export class SetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) exerciseId: string;
  @ApiProperty() setIndex: number;
  @ApiProperty() reps: number;
  @ApiProperty() weightKg: number;
  @ApiProperty({ type: Number, nullable: true }) rir: number | null;
  @ApiProperty({ description: 'Estimated 1RM used for records (Brzycki ≤ 10 reps, Epley above)' })
  e1rmKg: number;
  @ApiProperty({ description: 'Epley: w × (1 + reps/30)' }) epleyKg: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Brzycki: w × 36 / (37 − reps); null from 37 reps',
  })
  brzyckiKg: number | null;
  @ApiProperty() isPr: boolean;
}

export class ProgressionChangeDto {
  @ApiProperty({ format: 'uuid' }) exerciseId: string;
  @ApiProperty() fromKg: number;
  @ApiProperty() toKg: number;
}

export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ format: 'date-time' }) startedAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) routineId: string | null;
  @ApiProperty({ type: Number, nullable: true }) dayIndex: number | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: [ProgressionChangeDto], nullable: true }) progression: ProgressionChangeDto[] | null;
}

export class SessionDetailDto extends SessionDto {
  @ApiProperty({ type: [SetDto] }) sets: SetDto[];
}

export class SessionSummaryDto extends SessionDto {
  @ApiProperty({ description: 'Sets logged in the session' }) setCount: number;
  @ApiProperty({ description: 'Σ reps × kg of its sets' }) volumeKg: number;
}

export class SessionPageDto {
  @ApiProperty({ type: [SessionSummaryDto] }) items: SessionSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class SessionPageQueryDto {
  @PageLimit()
  limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class RecordDto {
  @ApiProperty({ format: 'uuid' }) exerciseId: string;
  @ApiProperty({ enum: ['e1rm', 'max_weight', 'max_volume_set'] }) kind: string;
  @ApiProperty() value: number;
  @ApiProperty() reps: number;
  @ApiProperty() weightKg: number;
  @ApiProperty({ format: 'date' }) achievedOn: string;
}

export class VolumeQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'Any date of the ISO week; default today' })
  @IsOptional()
  @IsDateString({ strict: true })
  weekOf?: string;
}

export class MuscleVolumeDto {
  @ApiProperty() muscle: string;
  @ApiProperty({ description: 'Sets where it is a primary mover' }) sets: number;
  @ApiProperty({ description: 'Σ reps × kg of those sets' }) volumeKg: number;
  @ApiProperty() secondarySets: number;
}

export class WeeklyVolumeDto {
  @ApiProperty({ format: 'date' }) weekStart: string;
  @ApiProperty({ type: [MuscleVolumeDto] }) muscles: MuscleVolumeDto[];
}
