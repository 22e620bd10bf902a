import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ApiKeyScope = 'read' | 'write';

/** A per-user integration key; shown once, stored as SHA-256 (keys are 256-bit random). */
@Entity({ name: 'api_keys' })
export class ApiKey {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') name: string;
  /** First characters of the key, so a user can tell keys apart. */
  @Column('text') prefix: string;
  @Column('text') keyHash: string;
  @Column('text', { array: true }) scopes: ApiKeyScope[];
  @Column('timestamptz', { nullable: true }) lastUsedAt: Date | null;
  @Column('timestamptz', { nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
