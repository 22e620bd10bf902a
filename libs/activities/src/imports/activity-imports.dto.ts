import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class CsvUploadDto {
  @ApiProperty({
    description: 'CSV text: started_at,type,duration_min[,distance_m][,energy_kcal] and/or date,steps rows',
    maxLength: 1_000_000,
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

export class ImportRejectDto {
  @ApiProperty({ type: Number, nullable: true, description: 'CSV line (1 = header); null for Apple Health' })
  line: number | null;
  @ApiProperty() message: string;
}

export class ActivityImportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['csv', 'apple-health'] }) kind: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: string;
  @ApiProperty({ description: 'Percent of the file processed' }) progress: number;
  @ApiProperty() bytesTotal: number;
  @ApiProperty() bytesRead: number;
  @ApiProperty({ type: ImportCountsDto }) counts: ImportCountsDto;
  @ApiProperty({ description: 'Rows (CSV) or records and workouts (Apple Health) handled, kept or not' })
  rowsProcessed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Rows handled per second since the job started' })
  rowsPerSecond: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Seconds left at the byte rate so far' })
  etaSeconds: number | null;
  @ApiProperty({
    type: [ImportRejectDto],
    description: 'The first 100 rows or records left out and why; counts.skipped counts them all',
  })
  rejects: ImportRejectDto[];
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: Date | null;
}
