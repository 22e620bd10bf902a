import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';

export const ADHERENCE_WINDOWS = [7, 30] as const;
export type AdherenceWindow = (typeof ADHERENCE_WINDOWS)[number];

export class AdherenceQueryDto {
  @ApiPropertyOptional({
    enum: ADHERENCE_WINDOWS,
    default: 7,
    description: "the last N days, ending today in each client's time zone",
  })
  @IsOptional()
  @Type(() => Number)
  @IsIn(ADHERENCE_WINDOWS)
  days?: AdherenceWindow;
}

export class ClientAdherenceDto {
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ type: String, nullable: true }) displayName: string | null;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'date', description: 'first local day of the window' }) from: string;
  @ApiProperty({ format: 'date', description: "the client's today" }) to: string;
  @ApiProperty({ description: 'days with at least one diary entry' }) daysLogged: number;
  @ApiProperty({ description: 'logged days within ±10 % of their energy target' }) daysOnTarget: number;
  @ApiProperty({ description: 'mean kcal over the logged days (0 when none)' }) averageKcal: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'mean energy target; null while targets cannot be computed',
  })
  averageTargetKcal: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '% of judged days on target (as in the weekly summary)',
  })
  adherencePercent: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) lastLoggedDate: string | null;
}

export class CoachAdherenceDto {
  @ApiProperty({ enum: ADHERENCE_WINDOWS }) days: AdherenceWindow;
  @ApiProperty({ type: [ClientAdherenceDto], description: 'consenting clients who granted "read", by name' })
  items: ClientAdherenceDto[];
}
