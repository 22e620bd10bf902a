import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ItemKind } from '../foods/item-spec';
import type { PortionBasis } from '../foods/portion';

export type MealSlot = 'breakfast' | 'lunch' | 'dinner' | 'snacks';
export const MEAL_SLOTS: readonly MealSlot[] = ['breakfast', 'lunch', 'dinner', 'snacks'];

/**
 * One logged item. Nutrients are stored as computed when it was written, so a later catalogue
 * change never rewrites history; `date` is the user's local date at logging time.
 */
@Entity({ name: 'diary_entries' })
export class DiaryEntry {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('date') date: string;
  @Column('text') slot: MealSlot;
  @Column('timestamptz') loggedAt: Date;
  @Column('text') kind: ItemKind;
  @Column('text', { nullable: true }) ref: string | null;
  @Column('text') name: string;
  @Column('text', { nullable: true }) brand: string | null;
  @Column('double precision') quantity: number;
  @Column('text') unit: string;
  @Column('double precision', { nullable: true }) grams: number | null;
  @Column('double precision') energyKcal: number;
  @Column('double precision') proteinG: number;
  @Column('double precision') carbohydratesG: number;
  @Column('double precision') fatG: number;
  @Column('double precision') fiberG: number;
  @Column('double precision') sugarsG: number;
  @Column('double precision') saturatedFatG: number;
  @Column('double precision') saltG: number;
  @Column('jsonb') basis: PortionBasis;
  @Column('text', { nullable: true }) note: string | null;
  @Column('text', { nullable: true }) idempotencyKey: string | null;
  /** Hash of the request body first sent with the key: a different body is a client bug. */
  @Column('text', { nullable: true }) idempotencyFingerprint: string | null;
  /** "planId:date:slot" when logged from a diet plan (planned vs actual). */
  @Column('text', { nullable: true }) planRef: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
