import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Steps (and device active energy) per local day and source. A day's figure is the largest
 * source, because phone and watch count the same steps.
 */
@Entity({ name: 'daily_steps' })
export class DailySteps {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('date') date: string;
  @Column('text') source: string;
  @Column('integer') steps: number;
  @Column('double precision', { nullable: true }) activeEnergyKcal: number | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
