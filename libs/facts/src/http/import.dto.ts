import { PageLimit } from '@welness/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import type { ProductImport } from '../imports/product-import.entity';

export class StartImportDto {
  @ApiProperty({
    description: "An http(s) URL, or a file name inside the server's imports directory (IMPORTS_DIR)",
    example: 'openfoodfacts-products.jsonl.gz',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  source: string;

  @ApiPropertyOptional({
    enum: ['jsonl', 'csv', 'delta'],
    description: 'Default: csv for .csv/.tsv(.gz), else jsonl',
  })
  @IsOptional()
  @IsIn(['jsonl', 'csv', 'delta'])
  format?: 'jsonl' | 'csv' | 'delta';
}

export class ListImportsQueryDto {
  @PageLimit()
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class RejectSampleDto {
  @ApiProperty() line: number;
  @ApiProperty() detail: string;
}

export class RejectReasonDto {
  @ApiProperty({ example: 'no usable code' }) reason: string;
  @ApiProperty() count: number;
  @ApiProperty({ type: [RejectSampleDto] }) samples: RejectSampleDto[];
}

export class ImportCheckpointDto {
  @ApiProperty({ description: 'Lines fully applied' }) line: number;
  @ApiProperty({ description: 'Uncompressed byte offset after that line' }) offset: number;
}

export class ImportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() source: string;
  @ApiProperty({ enum: ['jsonl', 'csv', 'delta'] }) format: string;
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] }) status: string;
  @ApiProperty() processed: number;
  @ApiProperty() inserted: number;
  @ApiProperty() updated: number;
  @ApiProperty() rejected: number;
  @ApiProperty({ description: 'Bytes of the source as stored (compressed) read so far' }) bytesRead: number;
  @ApiProperty({ type: Number, nullable: true }) totalBytes: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'bytesRead / totalBytes' }) progress:
    number | null;
  @ApiProperty({ type: Number, nullable: true }) rowsPerSecond: number | null;
  @ApiProperty({ type: Number, nullable: true }) etaSeconds: number | null;
  @ApiProperty({ type: [RejectReasonDto] }) rejects: RejectReasonDto[];
  @ApiProperty({ type: ImportCheckpointDto }) checkpoint: ImportCheckpointDto;
  @ApiProperty({ description: 'Times a worker started or resumed it' }) runs: number;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
}

export class ImportPageDto {
  @ApiProperty({ type: [ImportDto] }) items: ImportDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export function toImportDto(row: ProductImport): ImportDto {
  return {
    id: row.id,
    source: row.source,
    format: row.format,
    status: row.status,
    processed: row.processed,
    inserted: row.inserted,
    updated: row.updated,
    rejected: row.rejected,
    bytesRead: row.bytesRead,
    totalBytes: row.totalBytes,
    progress: row.totalBytes ? Math.min(1, row.bytesRead / row.totalBytes) : null,
    rowsPerSecond: row.rowsPerSecond,
    etaSeconds: row.etaSeconds,
    rejects: Object.entries(row.rejects ?? {})
      .map(([reason, bucket]) => ({ reason, count: bucket.count, samples: bucket.samples }))
      .sort((a, b) => b.count - a.count),
    checkpoint: { line: row.checkpointLine, offset: row.checkpointOffset },
    runs: row.runs,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
