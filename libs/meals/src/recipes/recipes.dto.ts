import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MealNutrientsDto } from '../foods/foods.dto';
import { ItemSpecDto } from '../diary/diary.dto';
import { MEAL_SLOTS, MealSlot } from '../diary/diary-entry.entity';

export class CreateRecipeDto {
  @ApiProperty() @IsString() @Length(1, 200) name: string;
  @ApiProperty({ minimum: 0.5, maximum: 100 }) @IsNumber() @Min(0.5) @Max(100) servings: number;
  @ApiProperty({ type: [ItemSpecDto], description: 'Ingredients: products or user foods with amounts' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ItemSpecDto)
  ingredients: ItemSpecDto[];
}

export class RecipeIngredientDto {
  @ApiProperty({ enum: ['product', 'food', 'reference'] }) kind: string;
  @ApiProperty({ description: 'Barcode (product), food id (food) or reference food key (reference)' })
  ref: string;
  @ApiProperty() name: string;
  @ApiProperty() quantity: number;
  @ApiProperty() unit: string;
  @ApiProperty() grams: number;
  @ApiProperty({ type: MealNutrientsDto }) nutrients: MealNutrientsDto;
}

export class RecipeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() servings: number;
  @ApiProperty({ type: [RecipeIngredientDto] }) ingredients: RecipeIngredientDto[];
  @ApiProperty() totalGrams: number;
  @ApiProperty({ type: MealNutrientsDto }) total: MealNutrientsDto;
  @ApiProperty({ type: MealNutrientsDto }) perServing: MealNutrientsDto;
  @ApiProperty({ type: [String] }) allergens: string[];
  @ApiProperty({ type: Boolean, nullable: true }) vegan: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) vegetarian: boolean | null;
}

export class LogPortionDto {
  @ApiProperty({ enum: MEAL_SLOTS }) @IsIn(MEAL_SLOTS) slot: MealSlot;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDateString({ strict: true }) date?: string;
  @ApiPropertyOptional({ default: 1, minimum: 0.1, maximum: 20 })
  @IsOptional()
  @IsNumber()
  @Min(0.1)
  @Max(20)
  servings?: number;
}

export class SaveMealDto {
  @ApiProperty() @IsString() @Length(1, 200) name: string;
  @ApiPropertyOptional({
    type: [ItemSpecDto],
    description: 'Items; omit and give date+slot to save a logged meal',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => ItemSpecDto)
  items?: ItemSpecDto[];
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDateString({ strict: true }) date?: string;
  @ApiPropertyOptional({ enum: MEAL_SLOTS }) @IsOptional() @IsIn(MEAL_SLOTS) slot?: MealSlot;
}

export class SavedMealDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [ItemSpecDto] }) items: ItemSpecDto[];
}
