import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, type ValueTransformer } from 'typeorm';

export type ImportFormat = 'jsonl' | 'csv' | 'delta';
export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface RejectBucket {
  count: number;
  /** The first few rejected lines, for the report. */
  samples: { line: number; detail: string }[];
}

/** PostgreSQL bigint arrives as a string; counts here stay far below 2^53. */
const bigint: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** One Open Food Facts import run: its checkpoint, counters and rejects. */
@Entity('product_imports')
export class ProductImport {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') source: string;
  @Column('text') format: ImportFormat;
  @Column('text') status: ImportStatus;
  @Column('uuid', { nullable: true }) requestedBy: string | null;
  @Column('bigint', { nullable: true, transformer: bigint }) totalBytes: number | null;
  /** Bytes of the source (as stored, i.e. compressed) read so far. */
  @Column('bigint', { transformer: bigint, default: 0 }) bytesRead: number;
  /** Lines fully applied to the catalogue; a resumed run starts after this line. */
  @Column('bigint', { transformer: bigint, default: 0 }) checkpointLine: number;
  /** Uncompressed byte offset just after checkpointLine. */
  @Column('bigint', { transformer: bigint, default: 0 }) checkpointOffset: number;
  @Column('integer', { default: 0 }) processed: number;
  @Column('integer', { default: 0 }) inserted: number;
  @Column('integer', { default: 0 }) updated: number;
  @Column('integer', { default: 0 }) rejected: number;
  @Column('jsonb', { default: {} }) rejects: Record<string, RejectBucket>;
  /** CSV header, kept so a resumed run can read rows after the first line. */
  @Column('jsonb', { nullable: true }) header: string[] | null;
  @Column('real', { nullable: true }) rowsPerSecond: number | null;
  @Column('real', { nullable: true }) etaSeconds: number | null;
  /** Times a worker started (or resumed) this import. */
  @Column('integer', { default: 0 }) runs: number;
  @Column('text', { nullable: true }) error: string | null;
  @Column('timestamptz', { nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
