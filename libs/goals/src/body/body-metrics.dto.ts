import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsDateString,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

/** What a body weight, a body-fat percentage and a measurement may be, typed or imported (CSV). */
export const BODY_LIMITS = {
  weightKg: { min: 20, max: 500 },
  bodyFatPercent: { min: 2, max: 70 },
  measurement: { min: 0, max: 100_000 },
} as const;

export class LogWeightDto {
  @ApiProperty({ format: 'date' }) @IsDateString({ strict: true }) date: string;
  @ApiProperty({ minimum: BODY_LIMITS.weightKg.min, maximum: BODY_LIMITS.weightKg.max })
  @IsNumber()
  @Min(BODY_LIMITS.weightKg.min)
  @Max(BODY_LIMITS.weightKg.max)
  weightKg: number;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: BODY_LIMITS.bodyFatPercent.min, maximum: BODY_LIMITS.bodyFatPercent.max })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsNumber()
  @Min(BODY_LIMITS.bodyFatPercent.min)
  @Max(BODY_LIMITS.bodyFatPercent.max)
  bodyFatPercent?: number | null;
}

export class WeightDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() weightKg: number;
  @ApiProperty({ type: Number, nullable: true }) bodyFatPercent: number | null;
  @ApiProperty() source: string;
}

export class TrendPointDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() kg: number;
  @ApiProperty({ description: 'Exponentially smoothed weight' }) trendKg: number;
}

export class RangeQueryDto {
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDateString({ strict: true }) from?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDateString({ strict: true }) to?: string;
}

export class AddMeasurementDto {
  @ApiProperty({ format: 'date' }) @IsDateString({ strict: true }) date: string;
  @ApiProperty({ example: 'waist' }) @IsString() @Length(1, 60) name: string;
  @ApiProperty() @IsNumber() @Min(BODY_LIMITS.measurement.min) @Max(BODY_LIMITS.measurement.max) value: number;
  @ApiProperty({ example: 'cm' }) @IsString() @Length(1, 20) unit: string;
}

export class MeasurementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() name: string;
  @ApiProperty() value: number;
  @ApiProperty() unit: string;
}

export class MeasurementQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(60) name?: string;
}

export class CsvImportDto {
  @ApiProperty({
    description: 'CSV text with a header: date,weight_kg,body_fat_percent or date,name,value,unit',
    maxLength: 1_000_000,
  })
  @IsString()
  // Fits the JSON body limit (BODY_LIMIT_BYTES, 1 MiB), like the activity CSV.
  @MaxLength(1_000_000)
  csv: string;
}

export class CsvImportErrorDto {
  @ApiProperty() line: number;
  @ApiProperty() message: string;
}

export class CsvImportResultDto {
  @ApiProperty() weights: number;
  @ApiProperty() measurements: number;
  @ApiProperty({ type: [CsvImportErrorDto] }) errors: CsvImportErrorDto[];
}
