import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Nutrients } from './nutrients';

export interface HouseholdUnit {
  /** e.g. "cup", "slice", "tbsp". */
  name: string;
  grams: number;
}

/** A food the user defined (home-made, a market item without barcode …), per 100 g. */
@Entity({ name: 'user_foods' })
export class UserFood {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') name: string;
  @Column('text', { nullable: true }) brand: string | null;
  @Column('jsonb') per100: Nutrients;
  @Column('double precision', { nullable: true }) servingG: number | null;
  @Column('jsonb', { default: () => "'[]'" }) householdUnits: HouseholdUnit[];
  @Column('text', { array: true, default: () => "'{}'" }) allergens: string[];
  @Column('boolean', { nullable: true }) vegan: boolean | null;
  @Column('boolean', { nullable: true }) vegetarian: boolean | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
