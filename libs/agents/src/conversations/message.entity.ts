import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MessageRole = 'user' | 'assistant' | 'tool' | 'system';

export interface StoredToolCall {
  id: string;
  name: string;
  arguments: string;
}

@Entity('agent_message')
export class AgentMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Insertion order; ids are random. */
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Column({ type: 'uuid' }) conversationId: string;
  @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'varchar', length: 16 }) role: MessageRole;
  @Column({ type: 'text' }) content: string;
  @Column({ type: 'jsonb', nullable: true }) toolCalls: StoredToolCall[] | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) toolCallId: string | null;
  @Column({ type: 'varchar', length: 60, nullable: true }) toolName: string | null;
  @Column({ type: 'varchar', length: 10, nullable: true }) engine: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) model: string | null;
  @Column({ type: 'integer' }) tokensIn: number;
  @Column({ type: 'integer' }) tokensOut: number;
  @Column({ type: 'integer', nullable: true }) latencyMs: number | null;
  @Column({ type: 'jsonb' }) meta: Record<string, unknown>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
