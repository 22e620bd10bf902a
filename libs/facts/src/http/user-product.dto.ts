import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ProductDto } from './product-response.dto';

const grams = (description: string) => ({ description: `${description}, g per 100 g`, minimum: 0, maximum: 100 });

/** Values as printed on a nutrition label, per 100 g (or 100 ml). */
export class LabelNutrientsDto {
  @ApiPropertyOptional({ description: 'kcal per 100 g', minimum: 0, maximum: 900 })
  @IsOptional() @IsNumber() @Min(0) @Max(900)
  energyKcal?: number;

  @ApiPropertyOptional({ description: 'kJ per 100 g', minimum: 0, maximum: 3800 })
  @IsOptional() @IsNumber() @Min(0) @Max(3800)
  energyKj?: number;

  @ApiProperty(grams('Fat')) @IsNumber() @Min(0) @Max(100) fat: number;
  @ApiPropertyOptional(grams('Saturated fat')) @IsOptional() @IsNumber() @Min(0) @Max(100) saturatedFat?: number;
  @ApiProperty(grams('Carbohydrates')) @IsNumber() @Min(0) @Max(100) carbohydrates: number;
  @ApiPropertyOptional(grams('Sugars')) @IsOptional() @IsNumber() @Min(0) @Max(100) sugars?: number;
  @ApiPropertyOptional(grams('Fibre')) @IsOptional() @IsNumber() @Min(0) @Max(100) fiber?: number;
  @ApiProperty(grams('Protein')) @IsNumber() @Min(0) @Max(100) proteins: number;
  @ApiPropertyOptional(grams('Salt')) @IsOptional() @IsNumber() @Min(0) @Max(100) salt?: number;
  @ApiPropertyOptional(grams('Sodium')) @IsOptional() @IsNumber() @Min(0) @Max(40) sodium?: number;
}

export class CreateUserProductDto {
  @ApiProperty({ example: '5901234123457', description: 'The barcode printed on the pack (8–24 digits)' })
  @IsString() @Matches(/^\d{8,24}$/, { message: 'code must be 8 to 24 digits' })
  code: string;

  @ApiProperty({ example: 'Oat biscuits' })
  @IsString() @MinLength(1) @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: [String], example: ['Acme'] })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(100, { each: true })
  brands?: string[];

  @ApiPropertyOptional({ example: '250 g' })
  @IsOptional() @IsString() @MaxLength(50)
  quantity?: string;

  @ApiPropertyOptional({ example: '30 g' })
  @IsOptional() @IsString() @MaxLength(50)
  servingSize?: string;

  @ApiPropertyOptional({ description: 'Grams in one serving', minimum: 0.1, maximum: 5000 })
  @IsOptional() @IsNumber() @Min(0.1) @Max(5000)
  servingQuantityG?: number;

  @ApiPropertyOptional({ type: [String], example: ['en:biscuits'], description: 'OFF category tags (they decide the Nutri-Score table)' })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @Matches(/^[a-z]{2}:[a-z0-9-]+$/, { each: true, message: 'categories must be tags such as en:biscuits' })
  categories?: string[];

  @ApiPropertyOptional({ type: [String], example: ['en:gluten'] })
  @IsOptional() @IsArray() @ArrayMaxSize(30) @Matches(/^[a-z]{2}:[a-z0-9-]+$/, { each: true, message: 'allergens must be tags such as en:gluten' })
  allergens?: string[];

  @ApiProperty({ type: LabelNutrientsDto })
  @ValidateNested() @Type(() => LabelNutrientsDto)
  nutrientsPer100g: LabelNutrientsDto;

  @ApiPropertyOptional({ default: false, description: 'Let everyone find it (shown as user-contributed)' })
  @IsOptional() @IsBoolean()
  shared?: boolean;
}

export class UserProductListDto {
  @ApiProperty({ type: [ProductDto] }) items: ProductDto[];
}
