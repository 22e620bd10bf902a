import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ItemSpec } from '../foods/item-spec';

/** A meal saved for one-tap logging: the item specs, re-resolved when logged. */
@Entity({ name: 'saved_meals' })
export class SavedMeal {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') name: string;
  @Column('jsonb') items: ItemSpec[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
