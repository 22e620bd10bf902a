import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { DietType } from '../plans/plan.generator';

/**
 * What a person does not eat: diet type, allergens (Open Food Facts tags) and dislikes.
 * Plans always honour it, whatever a request asks (see PlansService.generate).
 */
@Entity({ name: 'food_preferences' })
export class FoodPreferences {
  @PrimaryColumn('uuid') userId: string;
  @Column('text', { nullable: true }) dietType: DietType | null;
  @Column('text', { array: true, default: () => "'{}'" }) allergens: string[];
  @Column('text', { array: true, default: () => "'{}'" }) dislikes: string[];
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
