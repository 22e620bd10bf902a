import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type BotLanguage = 'en' | 'es';

/**
 * A Telegram chat the bot has talked to. `userId` is set while the chat is linked to an
 * account (one chat per account); unlinking or blocking the bot clears it.
 */
@Entity('bot_chats')
export class BotChat {
  // Telegram chat ids exceed 2^31; bigint comes back from pg as a string.
  @PrimaryColumn('bigint') chatId: string;
  @Index({ unique: true, where: 'user_id IS NOT NULL' })
  @Column('uuid', { nullable: true })
  userId: string | null;
  @Column('text', { default: 'private' }) chatType: string;
  @Column('text', { default: 'en' }) language: BotLanguage;
  /** Local HH:MM times at which a meal-logging reminder is sent. */
  @Column('text', { array: true, default: () => "'{}'" }) mealReminders: string[];
  @Column('timestamptz', { nullable: true }) linkedAt: Date | null;
  @Column('timestamptz', { nullable: true }) blockedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
