import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface ProgressionChange {
  exerciseId: string;
  fromKg: number;
  toKg: number;
}

@Entity({ name: 'workout_sessions' })
export class WorkoutSession {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('date') date: string;
  @Column('timestamptz') startedAt: Date;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
  @Column('uuid', { nullable: true }) routineId: string | null;
  @Column('integer', { nullable: true }) dayIndex: number | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('jsonb', { nullable: true }) progression: ProgressionChange[] | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

@Entity({ name: 'workout_sets' })
export class WorkoutSet {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') sessionId: string;
  @Column('uuid') userId: string;
  @Column('uuid') exerciseId: string;
  @Column('integer') setIndex: number;
  @Column('integer') reps: number;
  @Column('double precision') weightKg: number;
  @Column('double precision', { nullable: true }) rir: number | null;
  /** Estimated 1RM of this set (Brzycki ≤ 10 reps, Epley above). */
  @Column('double precision') e1rmKg: number;
  @Column('boolean', { default: false }) isPr: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

export type RecordKind = 'e1rm' | 'max_weight' | 'max_volume_set';

@Entity({ name: 'personal_records' })
export class PersonalRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('uuid') exerciseId: string;
  @Column('text') kind: RecordKind;
  @Column('double precision') value: number;
  @Column('integer') reps: number;
  @Column('double precision') weightKg: number;
  @Column('uuid') setId: string;
  @Column('date') achievedOn: string;
}
