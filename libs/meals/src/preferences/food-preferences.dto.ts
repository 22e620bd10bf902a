import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { DIET_TYPES, type DietType } from '../plans/plan.generator';

export class FoodPreferencesDto {
  @ApiProperty({ enum: DIET_TYPES, nullable: true, type: String }) dietType: DietType | null;
  @ApiProperty({
    type: [String],
    example: ['en:peanuts', 'en:milk'],
    description: 'Open Food Facts allergen tags',
  })
  allergens: string[];
  @ApiProperty({ type: [String], example: ['broccoli'] }) dislikes: string[];
}

export class UpdateFoodPreferencesDto {
  @ApiPropertyOptional({ enum: DIET_TYPES, nullable: true, type: String })
  @IsOptional()
  @IsIn(DIET_TYPES)
  dietType?: DietType | null;
  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    example: ['peanuts', 'milk'],
    description: 'Allergen names (English or Spanish) or Open Food Facts tags; stored as tags',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(40, { each: true })
  @Matches(/^([a-z]{2}:)?[\p{L}0-9 -]+$/iu, { each: true })
  allergens?: string[];
  @ApiPropertyOptional({ type: [String], maxItems: 50, example: ['broccoli'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  dislikes?: string[];
}
