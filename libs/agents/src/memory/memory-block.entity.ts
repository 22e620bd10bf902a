import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('agent_memory_block')
export class AgentMemoryBlockEntity {
  @PrimaryColumn({ type: 'uuid' }) userId: string;
  @PrimaryColumn({ type: 'varchar', length: 40 }) label: string;
  @Column({ type: 'text' }) value: string;
  @Column({ type: 'integer' }) charLimit: number;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
