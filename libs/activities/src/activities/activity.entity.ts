import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ActivitySource = 'manual' | 'csv' | 'apple-health';

/** A bout of activity; energy = MET × kg × h with the weight on that date, stored at write time. */
@Entity({ name: 'activities' })
export class ActivityRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('date') date: string;
  @Column('timestamptz') startedAt: Date;
  @Column('text') activityKey: string;
  @Column('text') metCode: string;
  @Column('double precision') met: number;
  @Column('double precision') durationMin: number;
  @Column('double precision', { nullable: true }) distanceM: number | null;
  @Column('double precision') energyKcal: number;
  /** How the energy was obtained: the Compendium formula or the device's own figure. */
  @Column('text', { default: 'met' }) energyMethod: 'met' | 'device';
  @Column('double precision', { nullable: true }) weightKg: number | null;
  @Column('text', { default: 'manual' }) source: ActivitySource;
  /** Dedupe key for imports (re-importing the same file adds nothing). */
  @Column('text', { nullable: true }) externalId: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
