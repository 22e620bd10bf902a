import { PageLimit } from '@welness/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsIn,
  IsISO8601,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  Validate,
  ValidateIf,
  ValidateNested,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { MealNutrientsDto } from '../foods/foods.dto';
import type { ItemKind } from '../foods/item-spec';
import { MEAL_SLOTS, MealSlot } from './diary-entry.entity';

const KINDS = ['product', 'food', 'recipe', 'reference', 'quick'] as const;

export class QuickAddDto {
  // The schema states the validator's limits: the web forms read them from the OpenAPI document.
  @ApiProperty({ minLength: 1, maxLength: 200 }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ minimum: 0, maximum: 10000 }) @IsNumber() @Min(0) @Max(10000) energyKcal: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 1000 }) @IsOptional() @IsNumber() @Min(0) @Max(1000) proteinG?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 1000 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1000)
  carbohydratesG?: number;
  @ApiPropertyOptional({ minimum: 0, maximum: 1000 }) @IsOptional() @IsNumber() @Min(0) @Max(1000) fatG?: number;
}

/** Which reference field each kind uses; the others must be absent. */
const REFERENCE_OF: Record<ItemKind, string> = {
  product: 'barcode',
  food: 'foodId',
  recipe: 'recipeId',
  reference: 'foodKey',
  quick: 'quick',
};

/**
 * The reference fields are validated only for their own kind (@ValidateIf), so without this a
 * `kind: "quick"` item could carry any barcode — a megabyte of text or `{"$gt": ""}` — unchecked.
 */
@ValidatorConstraint({ name: 'onlyItsReference' })
class OnlyItsReference implements ValidatorConstraintInterface {
  validate(kind: unknown, args: ValidationArguments): boolean {
    return this.extra(kind, args.object as Record<string, unknown>).length === 0;
  }
  defaultMessage(args: ValidationArguments): string {
    return `${this.extra(args.value, args.object as Record<string, unknown>).join(', ')} must be absent for kind=${String(args.value)}`;
  }
  private extra(kind: unknown, item: Record<string, unknown>): string[] {
    const own = REFERENCE_OF[kind as ItemKind];
    return Object.values(REFERENCE_OF).filter((field) => field !== own && item[field] !== undefined);
  }
}

/** An item to log: exactly one of barcode, foodId, recipeId or quick, by `kind`. */
export class ItemSpecDto {
  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) @Validate(OnlyItsReference) kind: ItemKind;
  @ApiPropertyOptional({ example: '3017620422003' })
  @ValidateIf((o: ItemSpecDto) => o.kind === 'product')
  @IsString()
  @Matches(/^[\d\s-]{6,20}$/)
  barcode?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((o: ItemSpecDto) => o.kind === 'food')
  @IsUUID()
  foodId?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((o: ItemSpecDto) => o.kind === 'recipe')
  @IsUUID()
  recipeId?: string;
  @ApiPropertyOptional({ example: 'oats', description: 'Built-in reference food key (kind=reference)' })
  @ValidateIf((o: ItemSpecDto) => o.kind === 'reference')
  @IsString()
  @Matches(/^[a-z0-9-]{2,40}$/)
  foodKey?: string;
  @ApiPropertyOptional({ type: QuickAddDto })
  @ValidateIf((o: ItemSpecDto) => o.kind === 'quick')
  @ValidateNested()
  @Type(() => QuickAddDto)
  quick?: QuickAddDto;
  @ApiProperty({ example: 150, minimum: 0.001, maximum: 100000 })
  @IsNumber()
  @Min(0.001)
  @Max(100000)
  quantity: number;
  @ApiProperty({ example: 'g', description: 'g, ml, serving or a household unit of the food (cup, slice …)' })
  @IsString()
  @Length(1, 30)
  unit: string;
}

export class CreateEntryDto extends ItemSpecDto {
  @ApiProperty({ enum: MEAL_SLOTS }) @IsIn(MEAL_SLOTS) slot: MealSlot;
  @ApiPropertyOptional({
    format: 'date',
    description: "Local date; default: the date of loggedAt in the user's time zone",
  })
  @IsOptional()
  @IsDateString({ strict: true })
  date?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When it was eaten; default now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  loggedAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class UpdateEntryDto {
  @ApiPropertyOptional({ minimum: 0.001, maximum: 100000 })
  @IsOptional()
  @IsNumber()
  @Min(0.001)
  @Max(100000)
  quantity?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 30) unit?: string;
  @ApiPropertyOptional({ enum: MEAL_SLOTS }) @IsOptional() @IsIn(MEAL_SLOTS) slot?: MealSlot;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDateString({ strict: true }) date?: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class EntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ enum: MEAL_SLOTS }) slot: MealSlot;
  @ApiProperty({ format: 'date-time' }) loggedAt: string;
  @ApiProperty({ enum: KINDS }) kind: ItemKind;
  @ApiProperty({ type: String, nullable: true }) ref: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) brand: string | null;
  @ApiProperty() quantity: number;
  @ApiProperty() unit: string;
  @ApiProperty({ type: Number, nullable: true }) grams: number | null;
  @ApiProperty({ type: MealNutrientsDto }) nutrients: MealNutrientsDto;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) planRef: string | null;
}

export class WaterDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() ml: number;
  @ApiProperty({ format: 'date-time' }) loggedAt: string;
}

export class DaySlotsDto {
  @ApiProperty({ type: [EntryDto] }) breakfast: EntryDto[];
  @ApiProperty({ type: [EntryDto] }) lunch: EntryDto[];
  @ApiProperty({ type: [EntryDto] }) dinner: EntryDto[];
  @ApiProperty({ type: [EntryDto] }) snacks: EntryDto[];
}

export class DiaryDayDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: DaySlotsDto }) slots: DaySlotsDto;
  @ApiProperty({ type: MealNutrientsDto }) totals: MealNutrientsDto;
  @ApiProperty() waterMl: number;
  @ApiProperty({ type: [WaterDto] }) water: WaterDto[];
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class DiaryQueryDto {
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDateString({ strict: true }) date?: string;
}

export class CopyDto {
  @ApiProperty({ format: 'date' }) @IsDateString({ strict: true }) fromDate: string;
  @ApiProperty({ format: 'date' }) @IsDateString({ strict: true }) toDate: string;
  @ApiPropertyOptional({ enum: MEAL_SLOTS, description: 'Copy one meal; omit to copy the whole day' })
  @IsOptional()
  @IsIn(MEAL_SLOTS)
  fromSlot?: MealSlot;
  @ApiPropertyOptional({ enum: MEAL_SLOTS, description: 'Target slot (defaults to the same slot)' })
  @IsOptional()
  @IsIn(MEAL_SLOTS)
  toSlot?: MealSlot;
}

export class AddWaterDto {
  @ApiProperty({ minimum: 1, maximum: 5000 }) @IsInt() @Min(1) @Max(5000) ml: number;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsDateString({ strict: true }) date?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) loggedAt?: string;
}

export class DayNoteDto {
  @ApiProperty({ format: 'date' }) @IsDateString({ strict: true }) date: string;
  @ApiProperty({ type: String, nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(4000)
  note: string | null;
}

export class QuickPickDto {
  @ApiProperty({ enum: KINDS }) kind: string;
  @ApiProperty() ref: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) brand: string | null;
  @ApiProperty() quantity: number;
  @ApiProperty() unit: string;
  @ApiProperty() count: number;
  @ApiProperty({ format: 'date-time' }) lastLoggedAt: string;
}

export class LimitQueryDto {
  @PageLimit()
  limit?: number;
}
