import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface MemoryBlockDefinition {
  label: string;
  limit: number;
  description: string;
}

export interface SafetyPolicySettings {
  /** Requests for less than this daily energy get the safe reply. */
  minDailyKcal: number;
  /** Requests for faster loss than this get the safe reply. */
  maxLossKgPerWeek: number;
  /** Append a short "not medical advice" note to health-related replies. */
  disclaimer: boolean;
}

@Entity('agent_config')
export class AgentConfigEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 60, unique: true }) slug: string;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'text' }) persona: string;
  /** OpenAI-compatible endpoint; null means the server default (AGENT_LLM_BASE_URL) or offline. */
  @Column({ type: 'varchar', length: 500, nullable: true }) baseUrl: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) model: string | null;
  /** Name of a key in AGENT_LLM_API_KEYS (never the secret itself). */
  @Column({ type: 'varchar', length: 60, nullable: true }) apiKeyRef: string | null;
  @Column({ type: 'real' }) temperature: number;
  @Column({ type: 'integer' }) maxTokens: number;
  /** Empty means every registered tool. */
  @Column({ type: 'text', array: true }) enabledTools: string[];
  @Column({ type: 'jsonb' }) memoryBlocks: MemoryBlockDefinition[];
  @Column({ type: 'jsonb' }) safetyPolicy: SafetyPolicySettings;
  @Column({ type: 'boolean' }) isDefault: boolean;
  @Column({ type: 'boolean' }) enabled: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
