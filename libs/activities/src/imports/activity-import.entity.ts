import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportCounts, ImportReject } from './import-progress';

export type { ImportCounts } from './import-progress';

export type ImportKind = 'csv' | 'apple-health';
export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed';

/** A background import of activity data and its progress. */
@Entity({ name: 'activity_imports' })
export class ActivityImport {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') kind: ImportKind;
  @Column('text', { default: 'queued' }) status: ImportStatus;
  @Column('double precision', { default: 0 }) progress: number;
  @Column('bigint', { default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  bytesTotal: number;
  @Column('bigint', { default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  bytesRead: number;
  @Column('jsonb', { default: () => `'{"activities":0,"stepDays":0,"weights":0,"skipped":0}'` })
  counts: ImportCounts;
  /** Rows or records handled so far, kept or not (for rows/s). */
  @Column('integer', { default: 0 }) rowsProcessed: number;
  @Column('real', { nullable: true }) rowsPerSecond: number | null;
  @Column('real', { nullable: true }) etaSeconds: number | null;
  /** The first rejects (MAX_REJECTS), for the report; counts.skipped has them all. */
  @Column('jsonb', { default: () => `'[]'` }) rejects: ImportReject[];
  @Column('text', { nullable: true }) error: string | null;
  @Column('text') filePath: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
}
