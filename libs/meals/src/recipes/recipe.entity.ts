import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Nutrients } from '../foods/nutrients';

export interface RecipeIngredient {
  kind: 'product' | 'food' | 'reference';
  ref: string;
  name: string;
  quantity: number;
  unit: string;
  grams: number;
  nutrients: Nutrients;
}

/** A user's recipe; nutrition is computed from its ingredients when it is saved. */
@Entity({ name: 'recipes' })
export class Recipe {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') name: string;
  @Column('double precision') servings: number;
  @Column('jsonb') ingredients: RecipeIngredient[];
  @Column('double precision') totalGrams: number;
  @Column('jsonb') total: Nutrients;
  @Column('jsonb') perServing: Nutrients;
  @Column('text', { array: true, default: () => "'{}'" }) allergens: string[];
  @Column('boolean', { nullable: true }) vegan: boolean | null;
  @Column('boolean', { nullable: true }) vegetarian: boolean | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
