import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('agent_tool_audit')
export class AgentToolAuditEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) userId: string;
  @Column({ type: 'uuid', nullable: true }) conversationId: string | null;
  @Column({ type: 'varchar', length: 60 }) tool: string;
  @Column({ type: 'jsonb' }) args: unknown;
  @Column({ type: 'boolean' }) ok: boolean;
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column({ type: 'integer' }) durationMs: number;
  @Column({ type: 'varchar', length: 10 }) engine: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
