import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A coach's private note about a client; the text is envelope-encrypted at rest. */
@Entity({ name: 'coach_notes' })
export class CoachNote {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') coachId: string;
  @Column('uuid') clientId: string;
  @Column('text') bodyEnc: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
