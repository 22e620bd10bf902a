import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ConversationState } from './conversation.types';

export type ConversationMode = 'chat' | 'onboarding';

@Entity('agent_conversation')
export class AgentConversationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'uuid' }) agentId: string;
  @Column({ type: 'varchar', length: 20 }) mode: ConversationMode;
  @Column({ type: 'varchar', length: 20 }) channel: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) title: string | null;
  /** Rolling summary of turns trimmed out of the context window. */
  @Column({ type: 'text', nullable: true }) summary: string | null;
  @Column({ type: 'jsonb' }) state: ConversationState;
  @Column({ type: 'integer' }) messageCount: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
