import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('agent_archival_note')
export class AgentArchivalNoteEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) content: string;
  @Column({ type: 'text', array: true }) tags: string[];
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
