import { PageLimit } from '@welness/platform';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class LangQueryDto {
  @ApiPropertyOptional({ description: 'Preferred language of the product name (ISO 639-1)', example: 'fr' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/, { message: 'lang must be an ISO 639 language code such as "en"' })
  lang?: string;
}

export class SearchProductsQueryDto extends LangQueryDto {
  @ApiPropertyOptional({ description: 'Words (prefixes) of the name or brand', example: 'nutel' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Exact brand (case and accents ignored)', example: 'Ferrero' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  brand?: string;

  @ApiPropertyOptional({ description: 'Nutri-Score grades, comma separated', example: 'a,b' })
  @IsOptional()
  @Matches(/^[a-eA-E](,[a-eA-E])*$/, { message: 'nutriScore must be grades a–e, comma separated' })
  nutriScore?: string;

  @ApiPropertyOptional({
    description: 'Allergens to exclude (tags or plain names), comma separated',
    example: 'milk,en:gluten',
  })
  @IsOptional()
  @Matches(/^[a-z0-9:-]+(,[a-z0-9:-]+)*$/i, {
    message: 'excludeAllergens must be allergen tags, comma separated',
  })
  @MaxLength(300)
  excludeAllergens?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Only products OFF analysed as vegan (true) or not vegan (false)',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  vegan?: 'true' | 'false';

  @PageLimit()
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;
}
