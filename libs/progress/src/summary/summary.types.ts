import { ApiProperty } from '@nestjs/swagger';

export class ConsumedVsTargetDto {
  @ApiProperty() consumed: number;
  @ApiProperty({ type: Number, nullable: true }) target: number | null;
}

export class EnergySummaryDto {
  @ApiProperty() consumedKcal: number;
  @ApiProperty({ description: 'Activities (MET × kg × h or device figure)' }) burnedKcal: number;
  @ApiProperty({ type: Number, nullable: true }) targetKcal: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'target − consumed' }) remainingKcal:
    number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'target − consumed + burned' })
  remainingWithExerciseKcal: number | null;
}

export class StreakDto {
  @ApiProperty() current: number;
  @ApiProperty() longest: number;
  @ApiProperty({ type: String, nullable: true }) lastDate: string | null;
}

export class DailySummaryDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ enum: ['training', 'rest', 'standard'] }) dayType: 'training' | 'rest' | 'standard';
  @ApiProperty({ description: 'false when the profile lacks what targets need' }) targetsAvailable: boolean;
  @ApiProperty({ type: EnergySummaryDto }) energy: EnergySummaryDto;
  @ApiProperty({ type: ConsumedVsTargetDto }) protein: ConsumedVsTargetDto;
  @ApiProperty({ type: ConsumedVsTargetDto }) carbohydrates: ConsumedVsTargetDto;
  @ApiProperty({ type: ConsumedVsTargetDto }) fat: ConsumedVsTargetDto;
  @ApiProperty({ type: ConsumedVsTargetDto }) fiber: ConsumedVsTargetDto;
  @ApiProperty({ type: ConsumedVsTargetDto, description: 'ml' }) water: ConsumedVsTargetDto;
  @ApiProperty({ type: ConsumedVsTargetDto }) steps: ConsumedVsTargetDto;
  @ApiProperty({ description: 'Workout sessions with at least one set' }) workoutsDone: number;
  @ApiProperty() entries: number;
  @ApiProperty({ type: StreakDto, description: 'Consecutive local days with a diary entry' })
  streak: StreakDto;
  @ApiProperty({ type: StreakDto, description: 'Consecutive weeks meeting the workouts/week goal' })
  weeklyGoalStreak: StreakDto;
}

export class WeeklyDayDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() consumedKcal: number;
  @ApiProperty({ type: Number, nullable: true }) targetKcal: number | null;
  @ApiProperty() proteinG: number;
  @ApiProperty() carbohydratesG: number;
  @ApiProperty() fatG: number;
  @ApiProperty() fiberG: number;
  @ApiProperty() burnedKcal: number;
  @ApiProperty({ type: Number, nullable: true }) steps: number | null;
  @ApiProperty() waterMl: number;
  @ApiProperty() workouts: number;
  @ApiProperty() entries: number;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Energy within ±10 % of target' }) onTarget:
    boolean | null;
}

export class WeeklyAveragesDto {
  @ApiProperty({ description: 'Over days with at least one entry' }) consumedKcal: number;
  @ApiProperty() proteinG: number;
  @ApiProperty() carbohydratesG: number;
  @ApiProperty() fatG: number;
  @ApiProperty() burnedKcal: number;
  @ApiProperty({ type: Number, nullable: true }) steps: number | null;
  @ApiProperty() waterMl: number;
}

export class WeightTrendPointDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() kg: number;
  @ApiProperty() trendKg: number;
}

export class WeeklyWeightDto {
  @ApiProperty({ type: [WeightTrendPointDto] }) points: WeightTrendPointDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Trend at week end − trend before the week' })
  changeKg: number | null;
}

export class WeeklySummaryDto {
  @ApiProperty({ format: 'date' }) weekStart: string;
  @ApiProperty({ format: 'date' }) weekEnd: string;
  @ApiProperty({ type: [WeeklyDayDto] }) days: WeeklyDayDto[];
  @ApiProperty({ type: WeeklyAveragesDto }) averages: WeeklyAveragesDto;
  @ApiProperty({ description: 'Days logged' }) daysLogged: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      '% of logged days (today once on target) with energy within ±10 % of target; null before any',
  })
  adherencePercent: number | null;
  @ApiProperty() workouts: number;
  @ApiProperty({ type: Number, nullable: true }) workoutsTarget: number | null;
  @ApiProperty({ type: WeeklyWeightDto }) weight: WeeklyWeightDto;
  @ApiProperty({ type: StreakDto }) streak: StreakDto;
  @ApiProperty({ type: StreakDto }) weeklyGoalStreak: StreakDto;
}

export class CalendarDayDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ description: 'Diary entries that day' }) entries: number;
  @ApiProperty({ description: 'Workout sessions with at least one set' }) workouts: number;
}

export class StreakCalendarDto {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ format: 'date', description: "The user's today (in their time zone)" }) today: string;
  @ApiProperty({ type: [CalendarDayDto], description: 'Every day from `from` to `to`, oldest first' })
  days: CalendarDayDto[];
  @ApiProperty({ type: StreakDto, description: 'Consecutive local days with a diary entry, as of `to`' })
  streak: StreakDto;
}
