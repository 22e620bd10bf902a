import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ProductNutrientsDto {
  @ApiProperty({ type: Number, nullable: true, description: 'kcal' }) energyKcal: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'kJ' }) energyKj: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'g' }) fat: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'g' }) saturatedFat: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'g' }) carbohydrates: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'g' }) sugars: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'g' }) fiber: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'g' }) proteins: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'g' }) salt: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'g' }) sodium: number | null;
}

export class NutriScoreComponentDto {
  @ApiProperty({ example: 'sugars' }) id: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Value the points were computed from (unrounded)' }) value: number | null;
  @ApiProperty({ type: String, nullable: true, enum: ['kJ', 'g', '%'] }) unit: string | null;
  @ApiProperty() points: number;
  @ApiProperty() pointsMax: number;
}

export class NutriScoreComponentsDto {
  @ApiProperty({ type: [NutriScoreComponentDto] }) negative: NutriScoreComponentDto[];
  @ApiProperty({ type: [NutriScoreComponentDto] }) positive: NutriScoreComponentDto[];
}

export class ComputedNutriScoreDto {
  @ApiProperty({ enum: ['a', 'b', 'c', 'd', 'e'] }) grade: string;
  @ApiProperty() score: number;
  @ApiProperty({ type: NutriScoreComponentsDto }) components: NutriScoreComponentsDto;
}

export class NutriScoreDto {
  @ApiProperty({ type: String, nullable: true, enum: ['a', 'b', 'c', 'd', 'e'] }) grade: string | null;
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty({ enum: ['2023'] }) version: '2023';
  @ApiProperty({ type: String, nullable: true, enum: ['off', 'computed'], description: "OFF's published grade, or ours" })
  source: 'off' | 'computed' | null;
  @ApiProperty({ enum: ['computable', 'missing-category', 'not-applicable', 'missing-data'] }) status: string;
  @ApiProperty({ type: ComputedNutriScoreDto, nullable: true, description: 'Our computation from the nutrient values' })
  computed: ComputedNutriScoreDto | null;
}

export class DietDto {
  @ApiProperty({ type: Boolean, nullable: true }) vegan: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) vegetarian: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) palmOilFree: boolean | null;
}

export class DataQualityDto {
  @ApiProperty({ type: [String], example: ['energy-inconsistent-with-macros'] }) warnings: string[];
}

export class ProductSourceDto {
  @ApiProperty({ example: 'Open Food Facts' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'ODbL' }) license: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'https://world.openfoodfacts.org/product/3017620422003' })
  url: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Open Food Facts contributors, https://world.openfoodfacts.org' })
  attribution: string | null;
}

export class ProductDto {
  @ApiProperty({ example: '3017620422003', description: 'Barcode as stored' }) code: string;
  @ApiProperty({ enum: ['EAN-13', 'EAN-8', 'UPC-A', 'UPC-E', 'GTIN-14', 'other'] }) codeFormat: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: [String] }) brands: string[];
  @ApiProperty({ type: String, nullable: true, example: '400 g' }) quantity: string | null;
  @ApiProperty({ type: String, nullable: true, example: '15 g' }) servingSize: string | null;
  @ApiProperty({ type: Number, nullable: true }) servingQuantityG: number | null;
  @ApiProperty({ type: ProductNutrientsDto }) nutrientsPer100g: ProductNutrientsDto;
  @ApiProperty({ type: ProductNutrientsDto, nullable: true, description: 'Present when the serving size is known' })
  nutrientsPerServing: ProductNutrientsDto | null;
  @ApiProperty({ type: NutriScoreDto }) nutriScore: NutriScoreDto;
  @ApiProperty({ type: Number, nullable: true, enum: [1, 2, 3, 4] }) nova: number | null;
  @ApiProperty({ type: [String], example: ['en:milk'] }) allergens: string[];
  @ApiProperty({ type: [String] }) traces: string[];
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty({ type: [String] }) labels: string[];
  @ApiProperty({ type: DietDto }) diet: DietDto;
  @ApiProperty({ type: String, nullable: true }) imageUrl: string | null;
  @ApiProperty({ type: DataQualityDto }) dataQuality: DataQualityDto;
  @ApiProperty({ description: 'True for products typed in by users rather than Open Food Facts data' })
  userContributed: boolean;
  @ApiPropertyOptional({ description: 'For user-contributed products: whether the caller added it' })
  ownedByCaller?: boolean;
  @ApiProperty({ type: ProductSourceDto }) source: ProductSourceDto;
}

export class ProductPageDto {
  @ApiProperty({ type: [ProductDto] }) items: ProductDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as ?cursor= for the next page' }) nextCursor: string | null;
}

export class ScannedBarcodeDto {
  @ApiProperty({ example: '3017620422003' }) text: string;
  @ApiProperty({ example: 'EAN-13' }) format: string;
}

export class ScanResultDto {
  @ApiProperty({ type: ScannedBarcodeDto, description: 'The barcode the product was found under' }) barcode: ScannedBarcodeDto;
  @ApiProperty({ type: [ScannedBarcodeDto], description: 'Every barcode decoded from the image' }) decoded: ScannedBarcodeDto[];
  @ApiProperty({ type: ProductDto }) product: ProductDto;
}
