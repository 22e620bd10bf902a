import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A one-time code the web hands out to link a Telegram chat; only its SHA-256 is stored. */
@Entity('bot_link_codes')
export class BotLinkCode {
  @PrimaryColumn('text') codeHash: string;
  @Index() @Column('uuid') userId: string;
  @Column('timestamptz') expiresAt: Date;
  @Column('timestamptz', { nullable: true }) usedAt: Date | null;
  @Column('bigint', { nullable: true }) usedByChatId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
