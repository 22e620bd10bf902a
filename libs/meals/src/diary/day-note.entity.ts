import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A free-text note for a diary day (mood, context, what the coach should know). */
@Entity({ name: 'diary_day_notes' })
export class DiaryDayNote {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('date') date: string;
  @Column('text') note: string;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
