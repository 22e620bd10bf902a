import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional } from 'class-validator';

export class DateQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: "Local date; defaults to today in the user's time zone",
  })
  @IsOptional()
  @IsDateString({ strict: true })
  date?: string;
}

export class DayTargetsDto {
  @ApiProperty() energyKcal: number;
  @ApiProperty() proteinG: number;
  @ApiProperty() fatG: number;
  @ApiProperty() carbohydratesG: number;
}

export class TargetsMethodDto {
  @ApiProperty({ enum: ['mifflin-st-jeor', 'harris-benedict-revised', 'katch-mcardle', 'iom-eer'] })
  energy: string;
  @ApiProperty({ description: 'BMR formula actually used' }) bmr: string;
  @ApiProperty({ enum: ['activity-factor', 'iom-eer'] }) tdee: string;
  @ApiProperty({ type: Object }) macros: Record<string, unknown>;
}

export class TargetsInputsDto {
  @ApiProperty({ enum: ['male', 'female', 'other'] }) sex: string;
  @ApiProperty() ageYears: number;
  @ApiProperty() weightKg: number;
  @ApiProperty() heightCm: number;
  @ApiProperty({ type: Number, nullable: true }) bodyFatPercent: number | null;
  @ApiProperty() activityLevel: string;
  @ApiProperty() activityFactor: number;
  @ApiProperty({ enum: ['lose', 'maintain', 'gain'] }) direction: string;
  @ApiProperty() rateKgPerWeek: number;
}

export class TargetsDto extends DayTargetsDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ type: TargetsMethodDto }) method: TargetsMethodDto;
  @ApiProperty({ type: TargetsInputsDto }) inputs: TargetsInputsDto;
  @ApiProperty() bmrKcal: number;
  @ApiProperty() tdeeKcal: number;
  @ApiProperty({ description: 'max(BMR × 1.0, 1,200 kcal)' }) floorKcal: number;
  @ApiProperty() dailyDeltaKcal: number;
  @ApiProperty({
    type: [String],
    enum: ['rate-unsafe', 'floor-applied', 'below-floor-coach-override', 'user-override-below-floor'],
  })
  warnings: string[];
  @ApiProperty() fibreG: number;
  @ApiProperty() waterMl: number;
  @ApiProperty({ type: Number, nullable: true }) stepsPerDay: number | null;
  @ApiProperty({ type: Number, nullable: true }) workoutsPerWeek: number | null;
  @ApiProperty({ type: DayTargetsDto, nullable: true }) trainingDay: DayTargetsDto | null;
  @ApiProperty({ type: DayTargetsDto, nullable: true }) restDay: DayTargetsDto | null;
}
