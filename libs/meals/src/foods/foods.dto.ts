import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class MealNutrientsDto {
  @ApiProperty() @IsNumber() @Min(0) @Max(100000) energyKcal: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(10000) proteinG: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(10000) carbohydratesG: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(10000) fatG: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(10000) fiberG: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(10000) sugarsG: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(10000) saturatedFatG: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(10000) saltG: number;
}

export class Per100Dto {
  @ApiProperty() @IsNumber() @Min(0) @Max(900) energyKcal: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(100) proteinG: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(100) carbohydratesG: number;
  @ApiProperty() @IsNumber() @Min(0) @Max(100) fatG: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(100) fiberG?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(100) sugarsG?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(100) saturatedFatG?: number;
  @ApiPropertyOptional() @IsOptional() @IsNumber() @Min(0) @Max(100) saltG?: number;
}

export class HouseholdUnitDto {
  @ApiProperty({ example: 'cup' }) @IsString() @Length(1, 30) name: string;
  @ApiProperty() @IsNumber() @Min(0.1) @Max(5000) grams: number;
}

export class CreateUserFoodDto {
  @ApiProperty() @IsString() @Length(1, 200) name: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 200)
  brand?: string | null;
  @ApiProperty({ type: Per100Dto }) @ValidateNested() @Type(() => Per100Dto) per100: Per100Dto;
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber()
  @Min(0.1)
  @Max(5000)
  servingG?: number | null;
  @ApiPropertyOptional({ type: [HouseholdUnitDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => HouseholdUnitDto)
  householdUnits?: HouseholdUnitDto[];
  @ApiPropertyOptional({ type: [String], example: ['en:milk'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(/^[a-z]{2}:[a-z0-9-]{1,60}$/, { each: true })
  allergens?: string[];
  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsBoolean()
  vegan?: boolean | null;
  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsBoolean()
  vegetarian?: boolean | null;
}

export class UserFoodDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) brand: string | null;
  @ApiProperty({ type: MealNutrientsDto }) per100: MealNutrientsDto;
  @ApiProperty({ type: Number, nullable: true }) servingG: number | null;
  @ApiProperty({ type: [HouseholdUnitDto] }) householdUnits: HouseholdUnitDto[];
  @ApiProperty({ type: [String] }) allergens: string[];
  @ApiProperty({ type: Boolean, nullable: true }) vegan: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) vegetarian: boolean | null;
}
