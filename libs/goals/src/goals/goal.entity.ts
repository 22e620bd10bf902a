import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { BmrFormula, GoalDirection, MacroRule } from '@welness/nutrition';

/** How expenditure is estimated: a BMR formula × activity factor, or the IOM EER directly. */
export type EnergyMethod = BmrFormula | 'iom-eer';

/** The user's current goal and target preferences (one row per user). */
@Entity({ name: 'goals' })
export class GoalRecord {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text', { default: 'maintain' }) direction: GoalDirection;
  @Column('double precision', { default: 0 }) rateKgPerWeek: number;
  @Column('double precision', { nullable: true }) targetWeightKg: number | null;
  @Column('date', { nullable: true }) targetDate: string | null;
  @Column('text', { default: 'mifflin-st-jeor' }) bmrFormula: EnergyMethod;
  /** User-chosen energy target; still clamped to the safety floor. */
  @Column('double precision', { nullable: true }) energyOverrideKcal: number | null;
  /** Only a coach sets this; it may go below the floor. */
  @Column('double precision', { nullable: true }) coachEnergyOverrideKcal: number | null;
  @Column('uuid', { nullable: true }) coachOverrideBy: string | null;
  @Column('jsonb', { nullable: true }) proteinRule: MacroRule | null;
  @Column('jsonb', { nullable: true }) fatRule: MacroRule | null;
  @Column('jsonb', { nullable: true }) carbohydratesRule: MacroRule | null;
  @Column('integer', { nullable: true }) stepsPerDay: number | null;
  @Column('integer', { nullable: true }) workoutsPerWeek: number | null;
  @Column('integer', { nullable: true }) waterMlPerDay: number | null;
  /** Extra % energy on training days (rest days give it back); null disables the split. */
  @Column('double precision', { nullable: true }) trainingDayExtraPercent: number | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
