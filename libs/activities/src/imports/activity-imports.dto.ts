import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class CsvUploadDto {
  @ApiProperty({
    description: 'CSV text: started_at,type,duration_min[,distance_m][,energy_kcal] and/or date,steps rows',
  })
  @IsString()
  @MaxLength(1_000_000)
  csv: string;
}

export class ImportCountsDto {
  @ApiProperty() activities: number;
  @ApiProperty() stepDays: number;
  @ApiProperty() weights: number;
  @ApiProperty() skipped: number;
}

export class ActivityImportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['csv', 'apple-health'] }) kind: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: string;
  @ApiProperty({ description: 'Percent of the file processed' }) progress: number;
  @ApiProperty() bytesTotal: number;
  @ApiProperty() bytesRead: number;
  @ApiProperty({ type: ImportCountsDto }) counts: ImportCountsDto;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: Date | null;
}
