import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PlanDay, PlanPreferences, PlanTargets } from './plan.generator';

/** A weekly diet plan; one is `current` per user, older ones are archived. */
@Entity({ name: 'diet_plans' })
export class DietPlan {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('date') weekStart: string;
  @Column('jsonb') preferences: PlanPreferences;
  @Column('jsonb') targets: PlanTargets;
  @Column('jsonb') days: PlanDay[];
  @Column('text', { default: 'current' }) status: 'current' | 'archived';
  /** The coach who assigned or last edited it, null when the user generated it. */
  @Column('uuid', { nullable: true }) assignedBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
