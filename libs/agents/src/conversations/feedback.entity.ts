import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('agent_feedback')
export class AgentFeedbackEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', unique: true }) messageId: string;
  @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'uuid' }) agentId: string;
  @Column({ type: 'smallint' }) rating: number;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
