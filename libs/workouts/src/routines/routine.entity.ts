import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface RoutineSet {
  reps: number;
  weightKg: number;
  /** Reps in reserve aimed for. */
  rir?: number | null;
}

export interface RoutineExercise {
  exerciseId: string;
  sets: RoutineSet[];
  progression: { incrementKg?: number; incrementPercent?: number; roundToKg?: number } | null;
}

export interface RoutineDay {
  name: string;
  exercises: RoutineExercise[];
}

/** A training programme: days → exercises → target sets, with progression rules. */
@Entity({ name: 'workout_routines' })
export class Routine {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') name: string;
  @Column('jsonb') days: RoutineDay[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
