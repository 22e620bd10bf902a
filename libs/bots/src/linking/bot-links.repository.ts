import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, Repository } from 'typeorm';
import { BotChat, type BotLanguage } from './bot-chat.entity';
import { BotLinkCode } from './bot-link-code.entity';

const UNLINKED = { userId: null, linkedAt: null, mealReminders: [] };

/** Telegram chats (which account each belongs to) and the one-time link codes. */
@Injectable()
export class BotLinksRepository {
  constructor(
    @InjectRepository(BotChat) private readonly chats: Repository<BotChat>,
    @InjectRepository(BotLinkCode) private readonly codes: Repository<BotLinkCode>,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Stores a code's hash; the account's earlier unused codes stop working. */
  async replaceCode(userId: string, codeHash: string, expiresAt: Date): Promise<void> {
    await this.codes.delete({ userId, usedAt: IsNull() });
    await this.codes.insert({ codeHash, userId, expiresAt, usedAt: null, usedByChatId: null });
  }

  /** Marks an unused, unexpired code used by the chat (atomically); the account it was for, if any. */
  async claimCode(codeHash: string, chatId: string): Promise<string | null> {
    const rows = (await this.db.query(
      `UPDATE bot_link_codes SET used_at = now(), used_by_chat_id = $2
        WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
      [codeHash, chatId],
    )) as [{ user_id: string }[], number];
    return rows[0]?.[0]?.user_id ?? null;
  }

  /** Links the chat to the account; the account's previous chat is unlinked (one transaction). */
  async link(chatId: string, userId: string, chatType: string, language: BotLanguage): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.update(BotChat, { userId, chatId: Not(chatId) }, UNLINKED);
      await m.upsert(BotChat, { chatId, userId, chatType, language, linkedAt: new Date(), blockedAt: null }, [
        'chatId',
      ]);
    });
  }

  chat(chatId: string): Promise<BotChat | null> {
    return this.chats.findOne({ where: { chatId } });
  }

  chatOfUser(userId: string): Promise<BotChat | null> {
    return this.chats.findOne({ where: { userId } });
  }

  async setLanguage(chatId: string, chatType: string, language: BotLanguage): Promise<void> {
    await this.chats.upsert({ chatId, chatType, language }, ['chatId']);
  }

  /** Unlinks a linked chat; whether there was one. */
  async unlinkChat(chatId: string): Promise<boolean> {
    const res = await this.chats.update({ chatId, userId: Not(IsNull()) }, UNLINKED);
    return (res.affected ?? 0) > 0;
  }

  async update(
    chatId: string,
    change: Partial<Pick<BotChat, 'userId' | 'linkedAt' | 'mealReminders' | 'blockedAt'>>,
  ): Promise<void> {
    await this.chats.update({ chatId }, change);
  }

  codesOf(userId: string): Promise<BotLinkCode[]> {
    return this.codes.find({ where: { userId }, order: { createdAt: 'ASC' } });
  }

  async erase(userId: string): Promise<void> {
    await this.chats.delete({ userId });
    await this.codes.delete({ userId });
  }

  async pruneCodes(): Promise<void> {
    await this.db.query(`DELETE FROM bot_link_codes WHERE expires_at < now() - interval '1 day'`);
  }
}
