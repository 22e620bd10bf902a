import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ImportKind = 'csv' | 'apple-health';
export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface ImportCounts {
  activities: number;
  stepDays: number;
  weights: number;
  skipped: number;
}

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
  @Column('text', { nullable: true }) error: string | null;
  @Column('text') filePath: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
}
