import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { MealNutrientsDto } from '../foods/foods.dto';
import { EntryDto } from '../diary/diary.dto';
import { DIET_TYPES as DIETS, type DietType } from './plan.generator';

export class GeneratePlanDto {
  @ApiPropertyOptional({
    enum: DIETS,
    description: "Default: the user's food preferences. A stricter diet of the preferences always wins.",
  })
  @IsOptional()
  @IsIn(DIETS)
  dietType?: DietType;
  @ApiPropertyOptional({
    type: [String],
    example: ['en:nuts', 'en:milk'],
    description:
      "Open Food Facts allergen tags (or bare names), excluded on top of the user's food-preference allergens, which are always excluded",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(/^([a-z]{2}:)?[a-z0-9-]{2,40}$/, { each: true })
  excludeAllergens?: string[];
  @ApiPropertyOptional({ type: [String], example: ['broccoli'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  dislikedFoods?: string[];
  @ApiPropertyOptional({ enum: [3, 4, 5], default: 4 }) @IsOptional() @IsInt() @IsIn([3, 4, 5]) mealsPerDay?:
    3 | 4 | 5;
  @ApiPropertyOptional({ format: 'date', description: 'Any date of the week to plan; default this week' })
  @IsOptional()
  @IsDateString({ strict: true })
  weekOf?: string;
  @ApiPropertyOptional({ description: 'Seed for a reproducible plan' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  seed?: number;
}

export class PlanItemDto {
  @ApiProperty() foodKey: string;
  @ApiProperty() name: string;
  @ApiProperty() grams: number;
  @ApiProperty({ type: MealNutrientsDto }) nutrients: MealNutrientsDto;
}

export class PlanMealDto {
  @ApiProperty({ enum: ['breakfast', 'lunch', 'dinner', 'snacks'] }) slot: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [PlanItemDto] }) items: PlanItemDto[];
  @ApiProperty({ type: MealNutrientsDto }) totals: MealNutrientsDto;
}

export class PlanDeviationDto {
  @ApiProperty() energy: number;
  @ApiProperty() protein: number;
  @ApiProperty() carbohydrates: number;
  @ApiProperty() fat: number;
}

export class PlanDayDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: [PlanMealDto] }) meals: PlanMealDto[];
  @ApiProperty({ type: MealNutrientsDto }) totals: MealNutrientsDto;
  @ApiProperty({ type: PlanDeviationDto, description: 'Signed relative deviation from targets' })
  deviation: PlanDeviationDto;
}

export class PlanTargetsDto {
  @ApiProperty() energyKcal: number;
  @ApiProperty() proteinG: number;
  @ApiProperty() carbohydratesG: number;
  @ApiProperty() fatG: number;
}

export class PlanPreferencesDto {
  @ApiProperty({ enum: DIETS }) dietType: string;
  @ApiProperty({ type: [String] }) excludeAllergens: string[];
  @ApiProperty({ type: [String] }) dislikedFoods: string[];
  @ApiProperty() mealsPerDay: number;
}

export class PlanDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) weekStart: string;
  @ApiProperty({ type: PlanPreferencesDto }) preferences: PlanPreferencesDto;
  @ApiProperty({ type: PlanTargetsDto }) targets: PlanTargetsDto;
  @ApiProperty({ type: [PlanDayDto] }) days: PlanDayDto[];
  @ApiProperty({ type: String, nullable: true }) assignedBy: string | null;
}

export class LogPlannedMealDto {
  @ApiProperty({ format: 'date' }) @IsDateString({ strict: true }) date: string;
  @ApiProperty({ description: 'Index of the meal within that day' })
  @IsInt()
  @Min(0)
  @Max(9)
  mealIndex: number;
}

export class EditPlannedItemDto {
  @ApiProperty({ format: 'date' }) @IsDateString({ strict: true }) date: string;
  @ApiProperty() @IsInt() @Min(0) @Max(9) mealIndex: number;
  @ApiProperty() @IsInt() @Min(0) @Max(20) itemIndex: number;
  @ApiProperty({ minimum: 1, maximum: 1000 }) @IsNumber() @Min(1) @Max(1000) grams: number;
}

export class PlannedVsActualDayDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: MealNutrientsDto }) planned: MealNutrientsDto;
  @ApiProperty({ type: MealNutrientsDto }) actual: MealNutrientsDto;
  @ApiProperty({ description: 'Planned meals logged through the plan' }) mealsLogged: number;
  @ApiProperty() mealsPlanned: number;
}

export class LoggedPlannedMealDto {
  @ApiProperty({ type: [EntryDto] }) entries: EntryDto[];
}
