import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One weigh-in per local date (a later one that day replaces it). */
@Entity({ name: 'body_weights' })
export class BodyWeightEntry {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('date') date: string;
  @Column('double precision') weightKg: number;
  @Column('double precision', { nullable: true }) bodyFatPercent: number | null;
  @Column('text', { default: 'manual' }) source: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
